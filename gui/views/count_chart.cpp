#include "views/count_chart.h"

#include <QChart>
#include <QLegend>
#include <QAreaSeries>
#include <QLegendMarker>
#include <QGraphicsLayout>
#include <QPen>
#include <algorithm>
#include <cmath>

#include "views/timeline_painter.h"
#include "views/timeline_view.h"

namespace goro::gui {

namespace {
// nice_top: a little headroom above the peak, ending on a tick (1-2-5 steps).
double nice_top(double peak) {
  double want = std::max(1.0, std::ceil(peak * 1.08));
  double step = static_cast<double>(nice_tick_step(static_cast<Nanos>(want), 5));
  return std::ceil(want / step) * step;
}
}  // namespace

CountChart::CountChart(QWidget* parent) : QChartView(parent) {
  auto* chart = new QChart();
  chart->setMargins(QMargins(6, 6, 6, 6));
  chart->legend()->setAlignment(Qt::AlignTop);
  // The counts are painted by the view, not by Qt Charts: the areas under the scene
  // (drawBackground), the lines over it (drawForeground). Qt Charts' own series cost tens of
  // milliseconds a frame for a million-event run, and every refresh of a live run laid their
  // items out again (a QPainterPath and its stroke per line). The chart keeps the axes, the grid
  // and the legend: its series hold no points, only the names and colours of the legend's keys.
  // The chart's background is ours too.
  chart->setBackgroundVisible(false);
  alive_key_ = new QLineSeries();
  alive_key_->setName(QStringLiteral("alive"));
  blocked_area_ = new QAreaSeries(new QLineSeries());
  blocked_area_->setName(QStringLiteral("blocked"));
  permanent_area_ = new QAreaSeries(new QLineSeries());
  permanent_area_->setName(QStringLiteral("permanently blocked"));
  other_alive_key_ = new QLineSeries();
  other_permanent_key_ = new QAreaSeries(new QLineSeries());
  for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{alive_key_, blocked_area_, permanent_area_, other_alive_key_,
                                                                   other_permanent_key_}) {
    chart->addSeries(s);
  }
  x_ = new QValueAxis();
  x_->setTitleText(QStringLiteral("time (ms)"));
  x_->setLabelFormat(QStringLiteral("%g"));
  y_ = new QValueAxis();
  y_->setTitleText(QStringLiteral("goroutines"));
  y_->setLabelFormat(QStringLiteral("%d"));
  chart->addAxis(x_, Qt::AlignBottom);
  chart->addAxis(y_, Qt::AlignLeft);
  for (QAbstractSeries* s : chart->series()) {
    s->attachAxis(x_);
    s->attachAxis(y_);
  }
  for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{other_alive_key_, other_permanent_key_}) {
    s->setVisible(false);
    chart->legend()->markers(s).first()->setVisible(false);
  }
  setChart(chart);
  connect(chart, &QChart::plotAreaChanged, this, [this] { viewport()->update(); });
  // Step lines are horizontal and vertical: crisp without antialiasing, and twice as fast to draw.
  setRenderHint(QPainter::Antialiasing, false);
  set_theme(theme_);
}

QRectF CountChart::plot_rect() const { return chart()->mapRectToScene(chart()->plotArea()); }

void CountChart::drawBackground(QPainter* p, const QRectF& rect) {
  p->fillRect(rect, theme_.background);
  if (!model_) return;
  const QRectF plot = plot_rect();
  if (plot.width() <= 0 || x_->max() <= x_->min() || y_->max() <= 0) return;
  p->save();
  p->setClipRect(plot);
  p->setPen(Qt::NoPen);
  const int axis = events_axis_ ? 1 : 0;
  auto end_of = [&](const analysis::RunModel& m) { return events_axis_ ? static_cast<Nanos>(m.events().size()) : m.end_time(); };
  if (!other_) {
    paint_areas(p, plot, own_r_[axis], end_of(*model_), CountReducer::Alive, {QBrush(rest_fill_), QBrush(blocked_fill_), QBrush(permanent_fill_)});
  } else {
    // Two runs on one chart: each run's red area; the other run's hatched, over ours, so both show.
    paint_areas(p, plot, own_r_[axis], end_of(*model_), CountReducer::Permanent, {QBrush(), QBrush(), QBrush(permanent_fill_)});
    paint_areas(p, plot, other_r_[axis], end_of(*other_), CountReducer::Permanent, {QBrush(), QBrush(), other_permanent_hatch_});
  }
  p->restore();
}

void CountChart::paint_areas(QPainter* p, const QRectF& plot, const CountReducer& r, Nanos end, int first,
                             const std::array<QBrush, CountReducer::kSeries>& brushes) const {
  const double x0 = x_->min(), x1 = x_->max(), top = y_->max();
  // Per pixel column, the highest of each count within it (a spike is never lost between two
  // samples); each count's area covers from 0 up, the later (smaller) ones over the earlier: a light
  // tint up to the alive, blue up to the blocked, red up to the permanently blocked.
  const int columns = static_cast<int>(std::ceil(plot.width()));
  std::vector<std::array<int64_t, CountReducer::kSeries>> high(static_cast<size_t>(columns), {-1, -1, -1});
  const std::vector<CountReducer::Sample> samples = r.samples();
  auto column = [&](double v) { return (v / scale() - x0) / (x1 - x0) * plot.width(); };
  for (size_t i = 0; i < samples.size(); ++i) {
    const Nanos until = i + 1 < samples.size() ? samples[i + 1].t : std::max(end, samples[i].t);
    int a = static_cast<int>(std::floor(column(static_cast<double>(samples[i].t))));
    int b = static_cast<int>(std::ceil(column(static_cast<double>(until))));
    a = std::max(a, 0);
    b = std::min(std::max(b, a + 1), columns);
    for (int c = a; c < b; ++c) {
      auto& h = high[static_cast<size_t>(c)];
      for (int k = first; k < CountReducer::kSeries; ++k) h[k] = std::max<int64_t>(h[k], samples[i].v[k]);
    }
  }
  auto y_of = [&](int64_t v) { return plot.bottom() - static_cast<double>(v) / top * plot.height(); };
  for (int k = first; k < CountReducer::kSeries; ++k) {
    // Runs of columns of one height become one rectangle.
    for (int c = 0; c < columns;) {
      const int64_t h = high[static_cast<size_t>(c)][k];
      int e = c + 1;
      while (e < columns && high[static_cast<size_t>(e)][k] == h) ++e;
      if (h > 0) p->fillRect(QRectF(QPointF(plot.left() + c, y_of(h)), QPointF(plot.left() + e, plot.bottom())), brushes[k]);
      c = e;
    }
  }
}

void CountChart::drawForeground(QPainter* p, const QRectF&) {
  if (!model_) return;
  const QRectF plot = plot_rect();
  const double x0 = x_->min(), x1 = x_->max(), top = y_->max();
  if (plot.width() <= 0 || x1 <= x0 || top <= 0) return;
  p->save();
  // A little room below the plot: a line at 0 is drawn whole, over the axis.
  p->setClipRect(plot.adjusted(-2, -4, 2, 4));
  p->setRenderHint(QPainter::Antialiasing, false);
  auto line = [&](const QList<QPointF>& pts, const QPen& pen) {
    if (pts.isEmpty()) return;
    QPolygonF poly;
    poly.reserve(pts.size());
    for (const QPointF& v : pts) {
      poly.append(QPointF(plot.left() + (v.x() - x0) / (x1 - x0) * plot.width(), plot.bottom() - v.y() / top * plot.height()));
    }
    p->setPen(pen);
    p->drawPolyline(poly);
  };
  // The other run's red edge, its alive line over it, ours over both; the cursor on top.
  line(shown_[kOtherPermanent], other_permanent_pen_);
  line(shown_[kOtherAlive], other_alive_pen_);
  line(shown_[kAlive], alive_pen_);
  if (cursor_t_ >= 0) {
    const double x = plot.left() + (cursor_t_ / scale() - x0) / (x1 - x0) * plot.width();
    if (x >= plot.left() - 1 && x <= plot.right() + 1) {
      p->setPen(cursor_pen_);
      p->drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()));
    }
  }
  p->restore();
}

void CountChart::set_title(const QString& title) { chart()->setTitle(title); }

void CountChart::set_theme(const Theme& theme) {
  theme_ = theme;
  chart()->setBackgroundBrush(theme.background);
  chart()->setTitleBrush(theme.text);
  chart()->legend()->setLabelColor(theme.text);
  for (auto* a : {x_, y_}) {
    a->setLabelsColor(theme.muted_text);
    a->setTitleBrush(theme.muted_text);
    a->setGridLineColor(theme.grid);
  }
  // Areas in the timeline's colours, light enough for the lines over them; the alive line darker
  // than the running colour it stands for, and thicker than anything else on the chart.
  // Opaque (a tint blended over the background): each area covers the one drawn before it.
  auto fill = [&](Paint p, int light_alpha, int dark_alpha) {
    const QColor c = theme.color(p), bg = theme.background;
    const double a = (theme.dark ? dark_alpha : light_alpha) / 255.0;
    return QColor::fromRgbF(static_cast<float>(c.redF() * a + bg.redF() * (1 - a)), static_cast<float>(c.greenF() * a + bg.greenF() * (1 - a)),
                            static_cast<float>(c.blueF() * a + bg.blueF() * (1 - a)));
  };
  permanent_fill_ = fill(Paint::Permanent, 200, 190);
  blocked_fill_ = fill(Paint::ChanRecv, 110, 120);
  rest_fill_ = fill(Paint::Running, 45, 70);
  permanent_area_->setBrush(permanent_fill_);
  permanent_area_->setPen(QPen(theme.color(Paint::Permanent), 1));
  blocked_area_->setBrush(blocked_fill_);
  blocked_area_->setPen(QPen(fill(Paint::ChanSend, 160, 200), 1));
  viewport()->update();
  const QColor alive = theme.dark ? theme.color(Paint::Running).lighter(135) : theme.color(Paint::Running).darker(140);
  alive_pen_ = QPen(alive, 3);
  alive_key_->setPen(alive_pen_);
  cursor_pen_ = QPen(theme.cursor, 1.5, Qt::DashLine);
  // The other run: dashed and in paler tints, so the legend tells the runs apart too.
  auto pale = [&](QColor c) {
    return theme.dark ? QColor::fromHsl(c.hslHue(), c.hslSaturation() * 2 / 3, std::min(255, c.lightness() + 50))
                      : QColor::fromHsl(c.hslHue(), c.hslSaturation() * 2 / 3, std::min(235, c.lightness() + 45));
  };
  // Its alive line is drawn over its red edge and wider, as ours is: equal counts still show both.
  other_alive_pen_ = QPen(pale(theme.color(Paint::Running)), 3, Qt::DashLine);
  other_permanent_pen_ = QPen(pale(theme.color(Paint::Permanent)), 1.5, Qt::DashLine);
  other_permanent_hatch_ = QBrush(theme.color(Paint::Permanent), Qt::BDiagPattern);  // hatching is light already
  other_alive_key_->setPen(other_alive_pen_);
  other_permanent_key_->setBrush(other_permanent_hatch_);
  other_permanent_key_->setPen(other_permanent_pen_);
}

void CountChart::set_overlay(const analysis::RunModel* other, const QString& own_name, const QString& other_name) {
  if (other != other_) {
    for (CountReducer& r : other_r_) r.reset();
  }
  other_ = other;
  own_name_ = own_name;
  other_name_ = other_name;
  const bool on = other != nullptr;
  auto named = [&](const char* what, const QString& run) {
    return on ? QStringLiteral("%1 (%2)").arg(QString::fromUtf8(what), run) : QString::fromUtf8(what);
  };
  alive_key_->setName(named("alive", own_name));
  blocked_area_->setName(named("blocked", own_name));
  permanent_area_->setName(named("permanently blocked", own_name));
  other_alive_key_->setName(named("alive", other_name));
  other_permanent_key_->setName(named("permanently blocked", other_name));
  for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{other_alive_key_, other_permanent_key_}) {
    s->setVisible(on);
    chart()->legend()->markers(s).first()->setVisible(on);
  }
  // Two runs on one chart: the blocked areas would make six series; alive and red tell the story.
  blocked_area_->setVisible(!on);
  chart()->legend()->markers(blocked_area_).first()->setVisible(!on);
  refresh();
}

void CountChart::set_events_axis(bool on) {
  if (on == events_axis_) return;
  events_axis_ = on;
  x_->setTitleText(on ? QStringLiteral("event order") : QStringLiteral("time (ms)"));
  refresh();  // this axis's counts read what they missed
}

void CountChart::mirror(const CountChart& o) {
  set_events_axis(o.events_axis_);
  set_theme(o.theme_);
  model_ = o.model_;
  for (int a = 0; a < 2; ++a) {
    own_r_[a] = o.own_r_[a];
    other_r_[a] = o.other_r_[a];
  }
  shared_y_max_ = o.shared_y_max_;
  other_ = o.other_;  // with its counts already reduced
  set_overlay(o.other_, o.own_name_, o.other_name_);  // refreshes the series
  set_x_range(o.x_->min(), o.x_->max());
  set_y_range(o.y_->max());
  set_cursor(o.cursor_t_);
}

int CountChart::series_points(int which) const {
  switch (which) {
    case 0: return static_cast<int>(shown_[kAlive].size());
    case 1: case 2:
      // The areas: the samples they are painted from, when they are shown.
      if (which == 1 && other_) return 0;
      return static_cast<int>(own_r_[events_axis_ ? 1 : 0].samples().size());
    case 3: return static_cast<int>(shown_[kOtherAlive].size());
    case 4: return static_cast<int>(shown_[kOtherPermanent].size());
    default: return 0;
  }
}

void CountChart::set_model(const analysis::RunModel* model) {
  model_ = model;
  for (CountReducer& r : own_r_) r.reset();
  refresh();
}

double CountChart::data_y_max() const {
  if (!model_) return 1;
  const int axis = events_axis_ ? 1 : 0;
  double m = std::max(1.0, own_r_[axis].peak());
  if (other_) m = std::max(m, other_r_[axis].peak());
  return m;
}

bool CountChart::set_points(int slot, QList<QPointF> pts) {
  if (pts == shown_[slot]) return false;
  shown_[slot] = std::move(pts);
  return true;
}

void CountChart::refresh() {
  if (!model_) return;
  auto first_seq = [](const analysis::RunModel& m) { return m.events().empty() ? 0 : m.events().front().seq; };
  auto end_of = [&](const analysis::RunModel& m) { return events_axis_ ? static_cast<Nanos>(m.events().size()) : m.end_time(); };
  const int axis = events_axis_ ? 1 : 0;
  // The shown axis's counts only: the other axis reads what it missed when it is shown.
  own_r_[axis].update(model_->counts(), axis == 1, first_seq(*model_));
  const Nanos end = end_of(*model_);
  const CountReducer& own = own_r_[axis];
  bool changed = set_points(kAlive, own.points(CountReducer::Alive, end, scale()));
  if (other_) {
    other_r_[axis].update(other_->counts(), axis == 1, first_seq(*other_));
    const Nanos other_end = end_of(*other_);
    changed = set_points(kOtherAlive, other_r_[axis].points(CountReducer::Alive, other_end, scale())) || changed;
    changed = set_points(kOtherPermanent, other_r_[axis].points(CountReducer::Permanent, other_end, scale())) || changed;
  } else {
    changed = set_points(kOtherAlive, {}) || changed;
    changed = set_points(kOtherPermanent, {}) || changed;
  }
  // The areas change with the lines (they are reduced together).
  if (changed) viewport()->update();
  if (const double top = nice_top(std::max(data_y_max(), shared_y_max_)); top != y_->max()) {
    set_y_range(top);
    schedule_align();  // the labels may have changed width
  }
}

double CountChart::y_max() const { return y_->max(); }
double CountChart::x_min_ms() const { return x_->min(); }
double CountChart::x_max_ms() const { return x_->max(); }

void CountChart::set_time_range(Nanos t0, Nanos t1) {
  const double a = t0 / scale(), b = t1 / scale();
  if (a == x_->min() && b == x_->max()) return;  // a relayout of the axes is costly
  set_x_range(a, b);
  schedule_align();
}

namespace {
double x_step_for(double span_ms) {
  // The same 1-2-5 steps as the timeline's axis.
  double raw = span_ms / 6;
  double mag = std::pow(10.0, std::floor(std::log10(std::max(raw, 1e-9))));
  for (double m : {1.0, 2.0, 5.0, 10.0}) {
    if (m * mag >= raw) return m * mag;
  }
  return 10 * mag;
}
double y_step_for(double ymax) { return std::max(1.0, static_cast<double>(nice_tick_step(static_cast<Nanos>(std::ceil(ymax)), 5))); }
}  // namespace

void CountChart::set_x_range(double lo_ms, double hi_ms) {
  // The tick interval first: a new range with the old interval could ask for thousands of ticks.
  x_->setTickType(QValueAxis::TicksDynamic);
  x_->setTickAnchor(0);
  x_->setTickInterval(x_step_for(hi_ms - lo_ms));
  x_->setRange(lo_ms, hi_ms);
  viewport()->update();
}

void CountChart::set_y_range(double top) {
  y_->setTickType(QValueAxis::TicksDynamic);
  y_->setTickAnchor(0);
  y_->setTickInterval(y_step_for(top));
  y_->setRange(0, top);
  viewport()->update();
}

void CountChart::update_ticks() {
  set_x_range(x_->min(), x_->max());
  set_y_range(y_->max());
}

void CountChart::align_plot(double left, double right_margin) {
  // Shift Qt's own layout through the chart margins until the plot area starts at `left` and ends
  // `right_margin` before the edge (axes and series move together; setPlotArea would desync them).
  for (int pass = 0; pass < 2; ++pass) {
    QRectF pa = chart()->plotArea();
    if (pa.width() <= 0) return;  // not laid out yet
    QMargins m = chart()->margins();
    int dl = static_cast<int>(std::lround(left - pa.left()));
    int dr = static_cast<int>(std::lround(pa.right() - (width() - right_margin)));
    if (dl == 0 && dr == 0) return;
    m.setLeft(std::max(0, m.left() + dl));
    m.setRight(std::max(0, m.right() + dr));
    chart()->setMargins(m);
    chart()->layout()->activate();
  }
}

void CountChart::resizeEvent(QResizeEvent* e) {
  QChartView::resizeEvent(e);
  schedule_align();
}

void CountChart::schedule_align() {
  // Axis labels change width with the range and the scale; align once Qt has laid the chart out.
  if (align_pending_) return;
  align_pending_ = true;
  QMetaObject::invokeMethod(this, [this] {
    align_pending_ = false;
    if (timeline_) align_plot(timeline_->label_width_for(width()), kPlotRightMargin);
  }, Qt::QueuedConnection);
}

void CountChart::set_y_max(double y) {
  shared_y_max_ = y;
  const double top = nice_top(std::max(y, data_y_max()));
  if (top == y_->max()) return;
  set_y_range(top);
  schedule_align();
}

void CountChart::set_cursor(Nanos t) {
  if (t == cursor_t_) return;
  cursor_t_ = t;
  viewport()->update();
}

}  // namespace goro::gui
