#include "views/timeline_view.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>

#include "goro/analysis/export.h"

namespace goro::gui {

TimelineView::TimelineView(QWidget* parent) : QWidget(parent) {
  setFocusPolicy(Qt::StrongFocus);
  setMouseTracking(true);
  setMinimumHeight(120);
}

void TimelineView::set_model(const analysis::RunModel* model) {
  model_ = model;
  user_zoomed_ = false;
  first_lane_ = 0;
  lanes_.clear();
  refresh();
}

void TimelineView::refresh() {
  if (!model_) {
    update();
    return;
  }
  // Keep expanded groups expanded across refreshes.
  std::vector<TaskId> expanded;
  for (const auto& l : lanes_) {
    if (l.group && l.expanded) expanded.push_back(l.tasks.front());
  }
  std::vector<LaneSpec> folded = fold_lanes(*model_);
  lanes_.clear();
  for (auto& l : folded) {
    bool open = l.group && std::find(expanded.begin(), expanded.end(), l.tasks.front()) != expanded.end();
    if (open) {
      l.expanded = true;
      lanes_.push_back(l);
      for (TaskId id : l.tasks) lanes_.push_back(LaneSpec{{id}, false, false});
    } else {
      lanes_.push_back(std::move(l));
    }
  }
  if (!user_zoomed_) fit();
  update();
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

void TimelineView::fit() {
  Nanos end = model_ ? model_->end_time() : 1;
  t0_ = 0;
  t1_ = std::max<Nanos>(end + end / 40, 1'000'000);  // a little air after the last event
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
  f.title = title_;
  return f;
}

TimelineViewport TimelineView::viewport(const TimelineFrame& f, int first_lane, int max_lanes) const {
  TimelineViewport vp;
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
  QPainter p(this);
  p.setRenderHint(QPainter::Antialiasing, false);
  TimelineFrame f = frame(width(), height());
  if (!model_) {
    p.fillRect(rect(), theme_.background);
    return;
  }
  int fit_lanes = static_cast<int>((height() - f.axis_height) / f.lane_height) + 1;
  auto list = layout_timeline(*model_, lanes_, viewport(f, first_lane_, fit_lanes));
  paint_timeline(p, list, f, theme_);
}

double TimelineView::full_height() const { return 26 + 20.0 * static_cast<double>(lanes_.size()) + 6; }

void TimelineView::render_all(QPainter& p, double width) const {
  TimelineFrame f = frame(width, full_height());
  if (!model_) return;
  auto list = layout_timeline(*model_, lanes_, viewport(f, 0, static_cast<int>(lanes_.size())));
  paint_timeline(p, list, f, theme_);
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
  span = std::max(span, 1000.0);
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
  TimelineFrame f = frame(width(), height());
  int lane = lane_at(e->position().y());
  if (lane >= 0 && e->position().x() < f.label_width) {
    LaneSpec& l = lanes_[lane];
    if (l.group) {
      // Expand or fold the group in place.
      l.expanded = !l.expanded;
      if (l.expanded) {
        std::vector<LaneSpec> members;
        for (TaskId id : l.tasks) members.push_back(LaneSpec{{id}, false, false});
        lanes_.insert(lanes_.begin() + lane + 1, members.begin(), members.end());
      } else {
        lanes_.erase(lanes_.begin() + lane + 1, lanes_.begin() + lane + 1 + static_cast<long>(l.tasks.size()));
      }
      update();
    } else {
      Q_EMIT task_selected(l.tasks.front());
    }
    return;
  }
  dragging_ = true;
  drag_from_ = e->position();
  drag_t0_ = t0_;
}

void TimelineView::mouseMoveEvent(QMouseEvent* e) {
  if (!dragging_) return;
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

void TimelineView::mouseReleaseEvent(QMouseEvent*) { dragging_ = false; }

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

QString TimelineView::describe(int lane, Nanos t) const {
  const LaneSpec& l = lanes_[lane];
  if (l.group) {
    return QStringLiteral("%1\nclick the label to expand").arg(lane_label(*model_, l));
  }
  const auto& task = model_->task(l.tasks.front());
  const Symbols& syms = model_->symbols();
  QString text = lane_label(*model_, l);
  const analysis::Interval* iv = task.at_time(t);
  if (!iv) return text + QStringLiteral("\nnot alive at %1").arg(duration_label(t));
  QString state = QString::fromUtf8(analysis::task_state_name(iv->state).data());
  if (iv->state == analysis::TaskState::Blocked) {
    state = QStringLiteral("blocked on %1").arg(QString::fromUtf8(wait_reason_name(iv->reason).data()));
  }
  bool red = task.fate == analysis::Fate::PermanentlyBlocked && t >= task.permanent_since;
  if (red) state = QStringLiteral("PERMANENTLY BLOCKED — ") + state;
  text += QStringLiteral("\n%1 since %2").arg(state, duration_label(iv->begin));
  if (iv->object) {
    if (const auto* o = model_->object(iv->object)) {
      QString name = QString::fromUtf8(syms.name(o->name).data(), static_cast<int>(syms.name(o->name).size()));
      text += QStringLiteral("\nwaits on %1 #%2%3, cap %4")
                  .arg(QString::fromUtf8(object_kind_name(o->kind).data()))
                  .arg(o->id)
                  .arg(name.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(name))
                  .arg(o->capacity);
    }
  }
  if (iv->site) text += QStringLiteral("\nat %1").arg(QString::fromStdString(syms.site_string(iv->site)));
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
