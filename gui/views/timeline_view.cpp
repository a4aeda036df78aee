#include "views/timeline_view.h"

#include <QFontMetricsF>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <map>

#include "goro/analysis/export.h"
#include "models/slow_probe.h"
#include "models/wait_stack.h"

namespace goro::gui {

TimelineView::TimelineView(QWidget* parent) : QWidget(parent) {
  setFocusPolicy(Qt::StrongFocus);
  setMouseTracking(true);
  setMinimumHeight(120);
  catch_up_timer_.setSingleShot(true);
  catch_up_timer_.setInterval(0);
  catch_up_timer_.setObjectName(QStringLiteral("timeline catch-up"));
  connect(&catch_up_timer_, &QTimer::timeout, this, &TimelineView::refresh);
}

TimelineView::~TimelineView() { release_model(); }

void TimelineView::release_model() {
  folder_.reset(nullptr);
  lanes_.clear();
  model_ = nullptr;
}

int TimelineView::indexed_groups() const {
  int n = 0;
  for (const auto& l : lanes_) n += l.index != nullptr;
  return n;
}

void TimelineView::set_model(const analysis::RunModel* model) {
  if (model != model_) release_model();
  model_ = model;
  folder_.reset(model);
  user_zoomed_ = false;
  first_lane_ = 0;
  lanes_.clear();
  selection_.clear();
  selected_.clear();
  refresh();
}

void TimelineView::refresh() {
  if (!model_) {
    update();
    return;
  }
  // Only the new events are read, a few milliseconds' worth at a time (the rest on the next
  // turns of the event loop); the lanes are laid out again only if groups changed. While a
  // backlog is read on those turns, a refresh only repaints: it would add a read to its own work.
  if (catch_up_timer_.isActive()) {
    if (!user_zoomed_) fit();
    update();
    return;
  }
  const LaneFolder::Progress p = folder_.update(kCatchUpBudgetMs);
  if (p.lanes_changed || lanes_.empty()) {
    SlowProbe probe("timeline.rebuild");
    rebuild_lanes();
  }
  // The rest on a zero timer, not a posted call: posted calls go before timers and input, so a
  // chain of them kept the window from answering for as long as the backlog lasted.
  if (!p.caught_up && !catch_up_timer_.isActive()) catch_up_timer_.start();
  if (!user_zoomed_) fit();
  update();
}

void TimelineView::catch_up() {
  if (!model_) return;
  if (folder_.update().lanes_changed || lanes_.empty()) rebuild_lanes();
  update();
}

void TimelineView::rebuild_lanes() {
  // Keep expanded groups expanded.
  std::vector<TaskId> expanded;
  for (const auto& l : lanes_) {
    if (l.group && l.expanded) expanded.push_back(l.tasks.front());
  }
  lanes_.clear();
  for (const LaneSpec& l : folder_.lanes()) {
    bool open = l.group && std::find(expanded.begin(), expanded.end(), l.tasks.front()) != expanded.end();
    lanes_.push_back(l);
    if (open) {
      lanes_.back().expanded = true;
      for (TaskId id : l.tasks) lanes_.push_back(LaneSpec{{id}, false, false});
    }
  }
  measure_labels();
}

void TimelineView::measure_labels() {
  // The label column fits the longest name with its short site (":22"), bold as groups are. Single
  // goroutines' names differ only in their id: one measure per function and id length.
  QFont f = font();
  f.setPointSizeF(9.5);
  f.setBold(true);
  QFontMetricsF fm(f);
  label_need_ = 0;
  std::map<std::pair<NameId, int>, double> names;
  std::map<SiteId, double> sites;
  for (const auto& l : lanes_) {
    const auto& t = model_->task(l.tasks.front());
    const int digits = static_cast<int>(std::to_string(l.group ? l.tasks.size() : l.tasks.front()).size());
    auto [name, new_name] = names.try_emplace({t.function, l.group ? -digits : digits}, 0.0);
    if (new_name) name->second = fm.horizontalAdvance(lane_name(*model_, l));
    auto [site, new_site] = sites.try_emplace(t.created_at, 0.0);
    if (new_site && t.created_at) {
      site->second = fm.horizontalAdvance(QStringLiteral(":%1").arg(model_->symbols().site_at(t.created_at).line)) + 8;
    }
    label_need_ = std::max(label_need_, name->second + site->second + (l.group ? 12 : 0) + 22);
  }
}

double TimelineView::label_width_for(double width) const {
  return std::clamp(label_need_, std::min(180.0, width * 0.3), std::clamp(width * 0.4, 180.0, 340.0));
}

void TimelineView::set_theme(const Theme& theme) {
  theme_ = theme;
  update();
}

void TimelineView::set_time_range(Nanos t0, Nanos t1) {
  if (t1 <= t0) t1 = t0 + 1;
  if (t0 == t0_ && t1 == t1_) return;
  t0_ = t0;
  t1_ = t1;
  user_zoomed_ = true;
  update();
}

Nanos TimelineView::axis_length() const {
  if (!model_) return 0;
  return events_axis_ ? static_cast<Nanos>(model_->events().size()) : model_->end_time();
}

void TimelineView::set_events_axis(bool on) {
  if (on == events_axis_) return;
  events_axis_ = on;
  fit();
}

void TimelineView::fit() {
  Nanos end = axis_length();
  t0_ = 0;
  t1_ = std::max<Nanos>(end + end / 40, events_axis_ ? 10 : 1'000'000);  // a little air after the last event
  user_zoomed_ = false;
  update();
  Q_EMIT range_changed(t0_, t1_);
}

void TimelineView::set_cursor(uint64_t seq, Nanos time) {
  cursor_seq_ = seq;
  cursor_time_ = time;
  update();
}

TimelineFrame TimelineView::frame(double width, double height) const {
  TimelineFrame f;
  f.width = width;
  f.height = height;
  f.lane_height = 20;
  f.label_width = label_width_for(width);
  f.t0 = t0_;
  f.t1 = t1_;
  f.events_axis = events_axis_;
  f.title = title_;
  return f;
}

TimelineViewport TimelineView::viewport(const TimelineFrame& f, int first_lane, int max_lanes) const {
  TimelineViewport vp;
  vp.events_axis = events_axis_;
  vp.t0 = t0_;
  vp.t1 = t1_;
  vp.x0 = f.label_width;
  vp.width = std::max(1.0, f.width - f.label_width - kPlotRightMargin);
  vp.lane_height = f.lane_height;
  vp.y0 = f.axis_height;
  vp.first_lane = first_lane;
  vp.max_lanes = max_lanes;
  vp.cursor_seq = cursor_seq_;
  vp.cursor_time = cursor_time_;
  return vp;
}

void TimelineView::paintEvent(QPaintEvent*) {
  SlowProbe probe("timeline.paint");
  QPainter p(this);
  if (!model_) {
    p.fillRect(rect(), theme_.background);
    return;
  }
  TimelineFrame f = frame(width(), height());
  int fit_lanes = static_cast<int>((height() - f.axis_height) / f.lane_height) + 1;
  paint_into(p, width(), height(), t0_, t1_, first_lane_, fit_lanes);
}

void TimelineView::paint_into(QPainter& p, double width, double height, Nanos t0, Nanos t1, int first,
                              int count) const {
  p.setRenderHint(QPainter::Antialiasing, false);
  p.setRenderHint(QPainter::TextAntialiasing, true);
  TimelineFrame f = frame(width, height);
  f.t0 = t0;
  f.t1 = t1;
  TimelineViewport vp = viewport(f, first, count);
  vp.t0 = t0;
  vp.t1 = t1;
  vp.selected = selected_.empty() ? nullptr : &selected_;
  auto list = layout_timeline(*model_, lanes_, vp);
  paint_timeline(p, list, f, theme_);
}

double TimelineView::full_height() const { return 26 + 20.0 * static_cast<double>(lanes_.size()) + 6; }

double TimelineView::visible_height() const {
  int fit = static_cast<int>((height() - 26) / 20.0);
  int shown = std::clamp(static_cast<int>(lanes_.size()) - first_lane_, 0, std::max(1, fit));
  return 26 + 20.0 * shown + 6;
}

void TimelineView::render_all(QPainter& p, double width) const {
  if (!model_) return;
  paint_into(p, width, full_height(), t0_, t1_, 0, static_cast<int>(lanes_.size()));
}

void TimelineView::render_whole_run(QPainter& p, double width) const {
  if (!model_) return;
  Nanos end = axis_length();
  paint_into(p, width, full_height(), 0, std::max<Nanos>(end + end / 40, events_axis_ ? 10 : 1'000'000), 0,
             static_cast<int>(lanes_.size()));
}

void TimelineView::render_visible(QPainter& p, double width) const {
  if (!model_) return;
  int shown = static_cast<int>((visible_height() - 32) / 20.0);
  paint_into(p, width, visible_height(), t0_, t1_, first_lane_, shown);
}

void TimelineView::set_selection(const std::vector<TaskId>& tasks) {
  selection_ = tasks;
  selected_.assign(model_ ? model_->task_count() + 1 : 0, false);
  for (TaskId id : tasks) {
    if (id < selected_.size()) selected_[id] = true;
  }
  if (tasks.empty()) selected_.clear();
  // Scroll the first selected lane into view.
  for (int i = 0; i < static_cast<int>(lanes_.size()) && !tasks.empty(); ++i) {
    const auto& l = lanes_[static_cast<size_t>(i)];
    if (l.group && l.expanded) continue;  // its members follow
    if (std::any_of(l.tasks.begin(), l.tasks.end(), [&](TaskId t) { return t < selected_.size() && selected_[t]; })) {
      int fit = std::max(1, static_cast<int>((height() - 26) / 20.0));
      if (i < first_lane_ || i >= first_lane_ + fit) first_lane_ = std::max(0, i - fit / 3);
      break;
    }
  }
  update();
}

double TimelineView::lane_y(int lane) const {
  int fit = static_cast<int>((height() - 26) / 20.0) + 1;
  if (lane < first_lane_ || lane >= first_lane_ + fit) return -1;
  return 26 + 20.0 * (lane - first_lane_);
}

void TimelineView::toggle_group(int lane) {
  if (lane < 0 || lane >= static_cast<int>(lanes_.size())) return;
  LaneSpec& l = lanes_[static_cast<size_t>(lane)];
  if (!l.group) return;
  l.expanded = !l.expanded;
  if (l.expanded) {
    // Members drawn one by one; an expanded group's own lane still shows them all (from its index).
    std::vector<LaneSpec> members;
    for (TaskId id : l.tasks) members.push_back(LaneSpec{{id}, false, false});
    lanes_.insert(lanes_.begin() + lane + 1, members.begin(), members.end());
  } else {
    lanes_.erase(lanes_.begin() + lane + 1, lanes_.begin() + lane + 1 + static_cast<long>(l.tasks.size()));
  }
  update();
  Q_EMIT lanes_changed();
}

int TimelineView::lane_at(double y) const {
  TimelineFrame f = frame(width(), height());
  if (y < f.axis_height) return -1;
  int i = first_lane_ + static_cast<int>((y - f.axis_height) / f.lane_height);
  return i < static_cast<int>(lanes_.size()) ? i : -1;
}

Nanos TimelineView::time_at(double x) const {
  TimelineFrame f = frame(width(), height());
  double w = std::max(1.0, f.width - f.label_width - kPlotRightMargin);
  double frac = (x - f.label_width) / w;
  return t0_ + static_cast<Nanos>(frac * static_cast<double>(t1_ - t0_));
}

void TimelineView::zoom(double factor, double at_x) {
  Nanos at = time_at(at_x);
  double span = static_cast<double>(t1_ - t0_) * factor;
  span = std::max(span, events_axis_ ? 4.0 : 1000.0);
  double frac = static_cast<double>(at - t0_) / std::max<double>(1, t1_ - t0_);
  Nanos n0 = std::max<Nanos>(0, at - static_cast<Nanos>(frac * span));
  t0_ = n0;
  t1_ = n0 + static_cast<Nanos>(span);
  user_zoomed_ = true;
  update();
  Q_EMIT range_changed(t0_, t1_);
}

void TimelineView::wheelEvent(QWheelEvent* e) {
  double steps = e->angleDelta().y() / 120.0;
  if (e->modifiers() & Qt::ControlModifier) {
    zoom(std::pow(0.8, steps), e->position().x());
  } else if (e->modifiers() & Qt::ShiftModifier) {
    Nanos shift = static_cast<Nanos>(-steps * 0.1 * static_cast<double>(t1_ - t0_));
    Nanos n0 = std::max<Nanos>(0, t0_ + shift);
    t1_ += n0 - t0_;
    t0_ = n0;
    user_zoomed_ = true;
    update();
    Q_EMIT range_changed(t0_, t1_);
  } else {
    int max_first = std::max(0, static_cast<int>(lanes_.size()) - 3);
    first_lane_ = std::clamp(first_lane_ - static_cast<int>(steps * 3), 0, max_first);
    update();
  }
  e->accept();
}

void TimelineView::mousePressEvent(QMouseEvent* e) {
  if (e->button() != Qt::LeftButton) return;
  dragging_ = true;
  dragged_ = false;
  drag_from_ = e->position();
  drag_t0_ = t0_;
}

void TimelineView::mouseMoveEvent(QMouseEvent* e) {
  if (!dragging_) return;
  if (!dragged_ && std::abs(e->position().x() - drag_from_.x()) < 4) return;  // still a click
  dragged_ = true;
  TimelineFrame f = frame(width(), height());
  double w = std::max(1.0, f.width - f.label_width - kPlotRightMargin);
  Nanos dt = static_cast<Nanos>((e->position().x() - drag_from_.x()) / w * static_cast<double>(t1_ - t0_));
  Nanos span = t1_ - t0_;
  t0_ = std::max<Nanos>(0, drag_t0_ - dt);
  t1_ = t0_ + span;
  user_zoomed_ = true;
  update();
  Q_EMIT range_changed(t0_, t1_);
}

void TimelineView::mouseReleaseEvent(QMouseEvent* e) {
  if (dragging_ && !dragged_ && e->button() == Qt::LeftButton) click(e->position());
  dragging_ = false;
}

void TimelineView::click(QPointF pos) {
  int lane = lane_at(pos.y());
  if (lane < 0) return;
  const LaneSpec& l = lanes_[static_cast<size_t>(lane)];
  if (l.group) {
    toggle_group(lane);  // a group opens (or folds) wherever it is clicked
  } else {
    set_selection({l.tasks.front()});
    Q_EMIT task_selected(l.tasks.front());
  }
}

void TimelineView::keyPressEvent(QKeyEvent* e) {
  double center = frame(width(), height()).label_width + (width() - frame(width(), height()).label_width) / 2;
  switch (e->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoom(0.7, center); break;
    case Qt::Key_Minus: zoom(1.0 / 0.7, center); break;
    case Qt::Key_F: fit(); break;
    default: QWidget::keyPressEvent(e);
  }
}

namespace {
QString state_phrase(const analysis::Interval& iv) {
  if (iv.state == analysis::TaskState::Blocked) {
    return QStringLiteral("blocked on %1").arg(QString::fromUtf8(wait_reason_name(iv.reason).data()));
  }
  return QString::fromUtf8(analysis::task_state_name(iv.state).data());
}
}  // namespace

QString TimelineView::describe(int lane, Nanos t) const {
  const LaneSpec& l = lanes_[static_cast<size_t>(lane)];
  const Symbols& syms = model_->symbols();
  auto site_str = [&](SiteId s) { return QString::fromStdString(syms.site_string(s)); };
  // On the event axis, t is an event's position: look at the state just after that event.
  const bool ev = events_axis_ && !model_->events().empty();
  const size_t idx = ev ? static_cast<size_t>(std::clamp<Nanos>(t, 0, static_cast<Nanos>(model_->events().size()) - 1)) : 0;
  const uint64_t seq = ev ? model_->events()[idx].seq : 0;
  const Nanos when = ev ? model_->events()[idx].vtime : t;
  auto interval_at = [&](const analysis::TaskInfo& task) { return ev ? task.at_seq(seq) : task.at_time(t); };
  auto permanent_at = [&](const analysis::TaskInfo& task) {
    return task.fate == analysis::Fate::PermanentlyBlocked && (ev ? task.permanent_at_seq(seq) : t >= task.permanent_since);
  };
  const QString at = ev ? QStringLiteral("%1 (event %2)").arg(duration_label(when)).arg(idx) : duration_label(t);
  if (l.group) {
    // What the members are doing at t, most common first.
    std::map<QString, int> states;
    int alive = 0;
    for (TaskId id : l.tasks) {
      const auto& task = model_->task(id);
      const analysis::Interval* iv = interval_at(task);
      if (!iv) continue;
      ++alive;
      QString st = state_phrase(*iv);
      if (permanent_at(task)) st = QStringLiteral("permanently ") + st;
      if (iv->site) st += QStringLiteral(" at ") + site_str(iv->site);
      ++states[st];
    }
    std::vector<std::pair<int, QString>> order;
    for (auto& [k, n] : states) order.push_back({n, k});
    std::sort(order.begin(), order.end(), [](auto& a, auto& b) { return a.first > b.first; });
    QString text = lane_label(*model_, l) + QStringLiteral("\nat %1: %2 of %3 alive").arg(at).arg(alive).arg(l.tasks.size());
    for (size_t i = 0; i < order.size() && i < 4; ++i) text += QStringLiteral("\n  %1 %2").arg(order[i].first).arg(order[i].second);
    return text + QStringLiteral("\nclick to %1").arg(l.expanded ? QStringLiteral("fold") : QStringLiteral("show each goroutine"));
  }
  const auto& task = model_->task(l.tasks.front());
  QString text = lane_label(*model_, l);
  const analysis::Interval* iv = interval_at(task);
  if (!iv) return text + QStringLiteral("\nnot alive at %1").arg(at);
  QString state = state_phrase(*iv);
  bool red = permanent_at(task);
  if (red) state = QStringLiteral("PERMANENTLY BLOCKED — ") + state;
  if (task.fate == analysis::Fate::NeverFinishing) state += QStringLiteral(" (alive, never finishing)");
  const QString since = ev ? QStringLiteral("%1 (event %2)")
                                 .arg(duration_label(iv->begin))
                                 .arg(AxisClock::events_of(*model_).pos(iv->begin_seq))
                           : duration_label(iv->begin);
  text += QStringLiteral("\n%1 since %2").arg(state, since);
  if (iv->object) {
    if (const auto* o = model_->object(iv->object)) {
      QString name = QString::fromUtf8(syms.name(o->name).data(), static_cast<int>(syms.name(o->name).size()));
      text += QStringLiteral("\nwaits on %1 #%2%3").arg(QString::fromUtf8(object_kind_name(o->kind).data())).arg(o->id)
                  .arg(name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(name));
      if (o->kind == ObjectKind::Channel) {
        // How full the channel is at t: sends that completed minus receives is not in the model;
        // the capacity is, and a closed channel says so.
        text += QStringLiteral(", cap %1").arg(o->capacity);
        if (o->closed != analysis::kOpen && o->closed <= when) text += QStringLiteral(", closed");
      }
    }
  }
  // The stack: the frames recorded where it waits (else the operation's site alone), then who
  // created it (Go's "created by").
  text += QStringLiteral("\nstack:");
  if (const std::vector<SiteId> frames = wait_stack(*model_, *iv); !frames.empty()) {
    for (SiteId f : frames) {
      std::string_view fn = syms.name(syms.site_at(f).function);
      text += QStringLiteral("\n  %1\n      %2").arg(QString::fromUtf8(fn.data(), static_cast<int>(fn.size())), site_str(f));
    }
  } else if (iv->site) {
    std::string_view fn = syms.name(syms.site_at(iv->site).function);
    text += QStringLiteral("\n  %1\n      %2").arg(QString::fromUtf8(fn.data(), static_cast<int>(fn.size())), site_str(iv->site));
  } else {
    std::string_view fn = syms.name(task.function);
    text += QStringLiteral("\n  %1").arg(QString::fromUtf8(fn.data(), static_cast<int>(fn.size())));
  }
  if (task.parent && task.created_at) {
    std::string_view pfn = syms.name(model_->task(task.parent).function);
    text += QStringLiteral("\n  created by %1 in goroutine %2\n      %3")
                .arg(QString::fromUtf8(pfn.data(), static_cast<int>(pfn.size())))
                .arg(task.parent)
                .arg(site_str(task.created_at));
  }
  if (red && task.proof.last_waker) {
    text += QStringLiteral("\nnothing can wake it since G%1 went away").arg(task.proof.last_waker);
  } else if (red) {
    text += QStringLiteral("\nno goroutine that can still run holds what it waits on");
  }
  return text;
}

bool TimelineView::event(QEvent* e) {
  if (e->type() == QEvent::ToolTip && model_) {
    auto* he = static_cast<QHelpEvent*>(e);
    int lane = lane_at(he->pos().y());
    if (lane >= 0) {
      QToolTip::showText(he->globalPos(), describe(lane, time_at(he->pos().x())), this);
    } else {
      QToolTip::hideText();
    }
    return true;
  }
  return QWidget::event(e);
}

}  // namespace goro::gui
