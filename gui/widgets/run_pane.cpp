#include "widgets/run_pane.h"

#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QPainter>
#include <QVBoxLayout>
#include <algorithm>

#include "goro/analysis/export.h"
#include "models/slow_probe.h"

namespace goro::gui {

RunPane::RunPane(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  layout->setContentsMargins(4, 4, 4, 4);
  heading_ = new ElidingLabel(this);
  QFont hf = heading_->font();
  hf.setPointSizeF(hf.pointSizeF() * 1.25);
  hf.setBold(true);
  heading_->setFont(hf);
  heading_->setStyleSheet(QStringLiteral("QLabel { border-left: 4px solid transparent; padding-left: 6px; }"));
  summary_ = new ElidingLabel(this);
  summary_->setIndent(10);
  timeline_ = new TimelineView(this);
  chart_ = new CountChart(this);
  chart_->follow_timeline(timeline_);
  split_ = new QSplitter(Qt::Vertical, this);
  split_->addWidget(timeline_);
  split_->addWidget(chart_);
  layout->addWidget(heading_);
  layout->addWidget(summary_);
  layout->addWidget(split_, 1);
  connect(&session_, &RunSession::model_about_to_change, timeline_, &TimelineView::release_model);
  connect(&session_, &RunSession::updated, this, &RunPane::on_update);
  connect(&session_, &RunSession::started, this, &RunPane::on_update);
  connect(timeline_, &TimelineView::range_changed, chart_, &CountChart::set_time_range);
}

void RunPane::set_heading(const QString& heading) {
  heading_->set_text(heading);
  timeline_->set_title(QString());
}

void RunPane::set_active(bool active) {
  if (active == active_) return;
  active_ = active;
  style_heading();
}

void RunPane::style_heading() {
  // The active column's heading carries a bar in the cursor's colour.
  heading_->setStyleSheet(active_ ? QStringLiteral("QLabel { border-left: 4px solid %1; padding-left: 6px; }").arg(theme_.cursor.name())
                                  : QStringLiteral("QLabel { border-left: 4px solid transparent; padding-left: 6px; }"));
}

void RunPane::set_theme(const Theme& theme) {
  theme_ = theme;
  timeline_->set_theme(theme);
  chart_->set_theme(theme);
  QPalette pal = palette();
  pal.setColor(QPalette::WindowText, theme.text);
  heading_->setPalette(pal);
  pal.setColor(QPalette::WindowText, theme.muted_text);
  summary_->setPalette(pal);
  style_heading();
}

void RunPane::on_update() {
  SlowProbe probe("pane.on_update");
  const analysis::RunModel* m = session_.model();
  const bool fresh = shown_ != m;
  if (fresh) {
    shown_ = m;
    timeline_->set_model(m);
    chart_->set_model(m);
  } else {
    {
      SlowProbe t("timeline.refresh");
      timeline_->refresh();
    }
    SlowProbe c("chart.refresh");
    chart_->refresh();
  }
  summary_text_ = compute_summary();
  summary_->set_text(summary_text_);
  // Give the timeline the room its lanes need (up to two thirds), the chart the rest; once the
  // lanes are known, the split is the user's.
  int total = split_->height();
  if (total > 0 && (fresh || !sized_) && m && m->task_count() > 0) {
    sized_ = m->finished();
    // The chart needs no more than about 300 px to tell its story; the lanes get the rest.
    int chart = std::clamp(total - static_cast<int>(timeline_->full_height()) - 12, 220, std::max(220, total / 2));
    split_->setSizes({total - chart, chart});
  }
  Q_EMIT model_changed();
}

QString RunPane::summary() const { return session_.model() ? summary_text_ : QString(); }

QString RunPane::compute_summary() const {
  const analysis::RunModel* m = session_.model();
  if (!m) return {};
  QString s = QStringLiteral("%1 goroutines · peak %2 alive").arg(m->task_count()).arg(static_cast<int>(chart_->own_peak()));
  if (m->finished()) {
    // Once, at the end (while a run streams in, this would visit every goroutine on each refresh).
    int permanent = 0;
    for (const auto& t : m->tasks()) permanent += t.id && t.fate == analysis::Fate::PermanentlyBlocked;
    s += QStringLiteral(" · %1 permanently blocked · %2 at %3")
             .arg(permanent)
             .arg(QString::fromUtf8(end_reason_name(m->end_reason()).data()))
             .arg(QString::fromStdString(analysis::format_duration(m->end_time())));
  } else {
    s += QStringLiteral(" · running…");
  }
  return s;
}

namespace {
constexpr int kHeadHeight = 54;
constexpr int kChartHeight = 250;
}  // namespace

int RunPane::height_for(int) const {
  return kHeadHeight + static_cast<int>(timeline_->full_height()) + kChartHeight;
}

void RunPane::paint_chart_only(QPainter& p, int width, int height) const {
  // A standalone chart laid out at the export size (the on-screen one belongs to a layout), with
  // its plot aligned to the timeline's time axis. It is drawn as an image (twice the resolution for
  // SVG and PDF): Qt Charts does not render reliably onto vector devices, while the timeline, the
  // part that carries the detail, stays vector.
  const bool raster = p.device() && (p.device()->devType() == QInternal::Image ||
                                     p.device()->devType() == QInternal::Pixmap);
  CountChart c;
  c.setAttribute(Qt::WA_DontShowOnScreen);
  c.mirror(*chart_);
  c.follow_timeline(timeline_);
  c.show();
  c.resize(width, height);
  // Lay it out now, without running the event loop (a live run must not change the model while
  // this picture is painted).
  for (int pass = 0; pass < 2; ++pass) {
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    c.chart()->layout()->activate();
    c.align_plot(timeline_->label_width_for(width), kPlotRightMargin);
  }
  const qreal scale = raster ? std::max<qreal>(1.0, p.device()->devicePixelRatioF()) : 2.0;
  QImage img(QSize(width, height) * scale, QImage::Format_ARGB32_Premultiplied);
  img.setDevicePixelRatio(scale);
  img.fill(theme_.background);
  {
    QPainter ip(&img);
    c.render(&ip, QRectF(0, 0, width, height), QRect(0, 0, width, height));
  }
  p.drawImage(QRectF(0, 0, width, height), img);
}

void RunPane::paint_timeline_only(QPainter& p, int width) const { timeline_->render_all(p, width); }

void RunPane::paint(QPainter& p, int width) const {
  p.save();
  p.fillRect(QRectF(0, 0, width, height_for(width)), theme_.background);
  p.setRenderHint(QPainter::TextAntialiasing, true);
  p.setFont(heading_->font());
  p.setPen(theme_.text);
  p.drawText(QRect(10, 4, width - 20, 26), Qt::AlignVCenter | Qt::AlignLeft, heading_->text());
  p.setFont(summary_->font());
  p.setPen(theme_.muted_text);
  p.drawText(QRect(10, 28, width - 20, 22), Qt::AlignVCenter | Qt::AlignLeft, summary());
  p.translate(0, kHeadHeight);
  timeline_->render_all(p, width);
  p.translate(0, timeline_->full_height());
  paint_chart_only(p, width, kChartHeight);
  p.restore();
}

QImage RunPane::render(int width) const {
  QImage img(width, height_for(width), QImage::Format_ARGB32_Premultiplied);
  img.fill(theme_.background);
  QPainter p(&img);
  paint(p, width);
  return img;
}
}  // namespace goro::gui
