#include "views/timeline_painter.h"

#include <QFontMetricsF>
#include <cmath>

#include "goro/analysis/export.h"

namespace goro::gui {

Nanos nice_tick_step(Nanos span, int target) {
  if (span <= 0 || target <= 0) return 1;
  double raw = static_cast<double>(span) / target;
  double mag = std::pow(10.0, std::floor(std::log10(raw)));
  double step = mag;
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    if (m * mag >= raw) {
      step = m * mag;
      break;
    }
  }
  return std::max<Nanos>(1, static_cast<Nanos>(step));
}

QString duration_label(Nanos t) { return QString::fromStdString(analysis::format_duration(t)); }

QString axis_label(Nanos t, bool events_axis) { return events_axis ? QString::number(t) : duration_label(t); }

void paint_timeline(QPainter& p, const TimelineDrawList& list, const TimelineFrame& f, const Theme& theme) {
  p.save();
  p.fillRect(QRectF(0, 0, f.width, f.height), theme.background);
  const double plot_x = f.label_width;
  const double plot_w = std::max(1.0, f.width - f.label_width - kPlotRightMargin);

  // Lane stripes and labels.
  QFont font = p.font();
  font.setPointSizeF(9.5);
  p.setFont(font);
  QFontMetricsF fm(font);
  for (const LaneDraw& lane : list.lanes) {
    if (lane.selected) {
      QColor sel = theme.cursor;
      sel.setAlpha(theme.dark ? 70 : 40);
      p.fillRect(QRectF(0, lane.y, f.width, f.lane_height), sel);
      p.fillRect(QRectF(0, lane.y, 3, f.lane_height), theme.cursor);
    } else if (lane.lane_index % 2 == 1) {
      p.fillRect(QRectF(0, lane.y, f.width, f.lane_height), theme.lane_alt);
    }
    QColor c = lane.red ? theme.color(Paint::Permanent) : lane.amber ? theme.amber_text : theme.text;
    QFont lf = font;
    lf.setBold(lane.group || lane.red);
    QFontMetricsF lfm(lf);
    double x = 8;
    double avail = f.label_width - 14;
    if (lane.group) {
      // An expand arrow says the lane is a group that opens on click.
      p.setPen(theme.muted_text);
      p.setFont(font);
      const QString arrow = lane.expanded ? QStringLiteral("▾") : QStringLiteral("▸");
      p.drawText(QRectF(x, lane.y, 12, f.lane_height), Qt::AlignVCenter | Qt::AlignLeft, arrow);
      x += 12;
      avail -= 12;
    }
    // "20 × worker  main.go:16": the name stays whole, the site gives way first (to ":16"), muted.
    QString site = lane.site;
    const double name_w = lfm.horizontalAdvance(lane.name);
    if (!site.isEmpty() && name_w + 8 + fm.horizontalAdvance(site) > avail) site = QStringLiteral(":%1").arg(lane.line);
    const double site_w = site.isEmpty() ? 0 : fm.horizontalAdvance(site) + 8;
    QString shown = lfm.elidedText(lane.name, Qt::ElideRight, std::max(20.0, avail - site_w));
    p.setFont(lf);
    p.setPen(c);
    p.drawText(QRectF(x, lane.y, avail, f.lane_height), Qt::AlignVCenter | Qt::AlignLeft, shown);
    double used = lfm.horizontalAdvance(shown) + 8;
    if (!site.isEmpty() && used + fm.horizontalAdvance(site) <= avail + 1) {
      p.setFont(font);
      p.setPen(theme.muted_text);
      p.drawText(QRectF(x + used, lane.y, avail - used, f.lane_height), Qt::AlignVCenter | Qt::AlignLeft, site);
    }
  }
  p.setFont(font);

  // Time axis with gridlines.
  const Nanos span = std::max<Nanos>(1, f.t1 - f.t0);
  const Nanos step = nice_tick_step(span, std::max(2, static_cast<int>(plot_w / 110)));
  p.setPen(QPen(theme.grid, 1));
  double bottom = list.lanes.empty() ? f.axis_height : list.lanes.back().y + f.lane_height;
  for (Nanos t = (f.t0 + step - 1) / step * step; t <= f.t1; t += step) {
    double x = plot_x + static_cast<double>(t - f.t0) / span * plot_w;
    p.setPen(QPen(theme.grid, 1));
    p.drawLine(QPointF(x, f.axis_height - 4), QPointF(x, bottom));
    p.setPen(theme.muted_text);
    p.drawText(QRectF(x - 50, 2, 100, f.axis_height - 8), Qt::AlignCenter, axis_label(t, f.events_axis));
  }
  if (f.title.isEmpty() && f.events_axis) {
    // Say what the numbers are: events, in the order they happened.
    p.setPen(theme.muted_text);
    p.drawText(QRectF(8, 2, f.label_width - 12, f.axis_height - 6), Qt::AlignVCenter | Qt::AlignLeft,
               QStringLiteral("event order →"));
  }
  if (!f.title.isEmpty()) {
    QFont tf = font;
    tf.setBold(true);
    p.setFont(tf);
    p.setPen(theme.text);
    p.drawText(QRectF(8, 2, f.label_width - 12, f.axis_height - 6), Qt::AlignVCenter | Qt::AlignLeft, f.title);
    p.setFont(font);
  }

  // Segments, batched per colour (one drawRects call each keeps SVG and PDF small).
  std::vector<QRectF> per_paint[static_cast<int>(Paint::Count_)];
  for (const SegmentDraw& s : list.segments) {
    per_paint[static_cast<int>(s.paint)].push_back(QRectF(s.x0, s.y, std::max(1.0, s.x1 - s.x0), s.h));
  }
  p.setPen(Qt::NoPen);
  for (int i = 0; i < static_cast<int>(Paint::Count_); ++i) {
    if (per_paint[i].empty()) continue;
    p.setBrush(theme.paint[i]);
    p.drawRects(per_paint[i].data(), static_cast<int>(per_paint[i].size()));
  }

  // Exit marks: a short bar where a goroutine returned.
  p.setPen(QPen(theme.exit_mark, 2));
  for (const MarkDraw& m : list.exits) p.drawLine(QPointF(m.x, m.y), QPointF(m.x, m.y + m.h));

  if (list.cursor_x >= 0) {
    p.setPen(QPen(theme.cursor, 2));
    p.drawLine(QPointF(list.cursor_x, f.axis_height - 6), QPointF(list.cursor_x, bottom));
  }
  p.restore();
}

}  // namespace goro::gui
