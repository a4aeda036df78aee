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
  alive_ = new QLineSeries();
  alive_->setName(QStringLiteral("alive"));
  // Blocked is a light area under the lines: alive stays visible when nearly all are blocked.
  blocked_ = new QLineSeries();
  blocked_area_ = new QAreaSeries(blocked_);
  blocked_area_->setName(QStringLiteral("blocked"));
  permanent_ = new QLineSeries();
  permanent_->setName(QStringLiteral("permanently blocked"));
  cursor_ = new QLineSeries();
  other_alive_ = new QLineSeries();
  other_permanent_ = new QLineSeries();
  chart->addSeries(blocked_area_);
  for (auto* s : {alive_, permanent_, other_alive_, other_permanent_, cursor_}) chart->addSeries(s);
  x_ = new QValueAxis();
  x_->setTitleText(QStringLiteral("time (ms)"));
  x_->setLabelFormat(QStringLiteral("%g"));
  y_ = new QValueAxis();
  y_->setTitleText(QStringLiteral("goroutines"));
  y_->setLabelFormat(QStringLiteral("%d"));
  chart->addAxis(x_, Qt::AlignBottom);
  chart->addAxis(y_, Qt::AlignLeft);
  for (QAbstractSeries* s : std::initializer_list<QAbstractSeries*>{blocked_area_, alive_, permanent_, other_alive_, other_permanent_, cursor_}) {
    s->attachAxis(x_);
    s->attachAxis(y_);
  }
  chart->legend()->markers(cursor_).first()->setVisible(false);
  for (auto* s : {other_alive_, other_permanent_}) {
    s->setVisible(false);
    chart->legend()->markers(s).first()->setVisible(false);
  }
  setChart(chart);
  // Step lines are horizontal and vertical: crisp without antialiasing, and twice as fast to draw.
  setRenderHint(QPainter::Antialiasing, false);
  set_theme(theme_);
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
  alive_->setPen(QPen(theme.color(Paint::Running), 2));
  QColor fill = theme.color(Paint::ChanSend);
  fill.setAlpha(theme.dark ? 90 : 70);
  blocked_area_->setBrush(fill);
  blocked_area_->setPen(QPen(theme.color(Paint::ChanSend), 1));
  permanent_->setPen(QPen(theme.color(Paint::Permanent), 3));
  cursor_->setPen(QPen(theme.cursor, 1.5, Qt::DashLine));
  // The other run: dashed and in paler tints, so the legend tells the runs apart too.
  auto pale = [&](QColor c) {
    return theme.dark ? QColor::fromHsl(c.hslHue(), c.hslSaturation() * 2 / 3, std::min(255, c.lightness() + 50))
                      : QColor::fromHsl(c.hslHue(), c.hslSaturation() * 2 / 3, std::min(235, c.lightness() + 45));
  };
  other_alive_->setPen(QPen(pale(theme.color(Paint::Running)), 2, Qt::DashLine));
  other_permanent_->setPen(QPen(pale(theme.color(Paint::Permanent)), 2, Qt::DashLine));
}

void CountChart::set_overlay(const analysis::RunModel* other, const QString& own_name, const QString& other_name) {
  if (other != other_) {
    other_alive_r_.reset();
    other_permanent_r_.reset();
  }
  other_ = other;
  own_name_ = own_name;
  other_name_ = other_name;
  const bool on = other != nullptr;
  auto named = [&](const char* what, const QString& run) {
    return on ? QStringLiteral("%1 (%2)").arg(QString::fromUtf8(what), run) : QString::fromUtf8(what);
  };
  alive_->setName(named("alive", own_name));
  blocked_area_->setName(named("blocked", own_name));
  permanent_->setName(named("permanently blocked", own_name));
  other_alive_->setName(named("alive", other_name));
  other_permanent_->setName(named("permanently blocked", other_name));
  for (auto* s : {other_alive_, other_permanent_}) {
    s->setVisible(on);
    chart()->legend()->markers(s).first()->setVisible(on);
  }
  // Two runs on one chart: the blocked line would make five; alive and red tell the story.
  blocked_area_->setVisible(!on);
  chart()->legend()->markers(blocked_area_).first()->setVisible(!on);
  refresh();
}

void CountChart::set_events_axis(bool on) {
  if (on == events_axis_) return;
  events_axis_ = on;
  x_->setTitleText(on ? QStringLiteral("event order") : QStringLiteral("time (ms)"));
  for (StepReducer* r : {&alive_r_, &blocked_r_, &permanent_r_, &other_alive_r_, &other_permanent_r_}) r->reset();
  refresh();
}

void CountChart::mirror(const CountChart& o) {
  set_events_axis(o.events_axis_);
  set_theme(o.theme_);
  model_ = o.model_;
  for (StepReducer* r : {&alive_r_, &blocked_r_, &permanent_r_}) r->reset();
  shared_y_max_ = o.shared_y_max_;
  set_overlay(o.other_, o.own_name_, o.other_name_);  // refreshes the series
  set_x_range(o.x_->min(), o.x_->max());
  set_y_range(o.y_->max());
  set_cursor(o.cursor_t_);
}

int CountChart::series_points(int which) const {
  QLineSeries* all[] = {alive_, blocked_, permanent_, other_alive_, other_permanent_};
  if (which < 0 || which >= 5) return 0;
  if (which == 1 ? !blocked_area_->isVisible() : !all[which]->isVisible()) return 0;
  return static_cast<int>(all[which]->count());
}

void CountChart::set_model(const analysis::RunModel* model) {
  model_ = model;
  for (StepReducer* r : {&alive_r_, &blocked_r_, &permanent_r_}) r->reset();
  refresh();
}

double CountChart::data_y_max() const {
  if (!model_) return 1;
  double m = std::max(1.0, alive_r_.peak());
  if (other_) m = std::max(m, other_alive_r_.peak());
  return m;
}

void CountChart::refresh() {
  if (!model_) return;
  using analysis::CountSample;
  auto first_seq = [](const analysis::RunModel& m) { return m.events().empty() ? 0 : m.events().front().seq; };
  auto end_of = [&](const analysis::RunModel& m) { return events_axis_ ? static_cast<Nanos>(m.events().size()) : m.end_time(); };
  const auto& c = model_->counts();
  const Nanos end = end_of(*model_);
  const uint64_t first = first_seq(*model_);
  alive_r_.update(c, &CountSample::alive, events_axis_, first);
  blocked_r_.update(c, &CountSample::blocked, events_axis_, first);
  permanent_r_.update(c, &CountSample::permanently_blocked, events_axis_, first);
  alive_->replace(alive_r_.points(end, scale()));
  blocked_->replace(blocked_r_.points(end, scale()));
  permanent_->replace(permanent_r_.points(end, scale()));
  if (other_) {
    const Nanos other_end = end_of(*other_);
    other_alive_r_.update(other_->counts(), &CountSample::alive, events_axis_, first_seq(*other_));
    other_permanent_r_.update(other_->counts(), &CountSample::permanently_blocked, events_axis_, first_seq(*other_));
    other_alive_->replace(other_alive_r_.points(other_end, scale()));
    other_permanent_->replace(other_permanent_r_.points(other_end, scale()));
  } else {
    other_alive_->clear();
    other_permanent_->clear();
  }
  if (const double top = nice_top(std::max(data_y_max(), shared_y_max_)); top != y_->max()) set_y_range(top);
  set_cursor(cursor_t_);
  schedule_align();
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
}

void CountChart::set_y_range(double top) {
  y_->setTickType(QValueAxis::TicksDynamic);
  y_->setTickAnchor(0);
  y_->setTickInterval(y_step_for(top));
  y_->setRange(0, top);
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
  cursor_t_ = t;
  QList<QPointF> pts;
  if (t >= 0) pts = {QPointF(t / scale(), y_->min()), QPointF(t / scale(), y_->max())};
  cursor_->replace(pts);
}

}  // namespace goro::gui
