#include "models/playback.h"

#include <algorithm>
#include <cmath>

#include "goro/analysis/export.h"

namespace goro::gui {

Playback::Playback(QObject* parent) : QObject(parent) {
  timer_.setInterval(kTickMs);
  connect(&timer_, &QTimer::timeout, this, [this] {
    double ms = static_cast<double>(wall_.restart());
    advance(ms);
  });
}

void Playback::set_model(const analysis::RunModel* model) {
  const bool same = model == model_;
  model_ = model;
  if (!same) {
    pause();
    index_ = -1;
  } else if (index_ > last_index()) {
    index_ = last_index();
  }
  Q_EMIT changed();
}

int Playback::last_index() const { return model_ ? static_cast<int>(model_->events().size()) - 1 : -1; }

uint64_t Playback::seq() const {
  const Event* e = event();
  return e ? e->seq : kEndOfRun;
}

const Event* Playback::event() const {
  if (!model_ || index_ < 0 || index_ > last_index()) return nullptr;
  return &model_->events()[static_cast<size_t>(index_)];
}

void Playback::clear() {
  pause();
  index_ = -1;
  Q_EMIT changed();
}

void Playback::set_index(int index) {
  if (!model_ || model_->events().empty()) return;
  index_ = std::clamp(index, 0, last_index());
  time_ = model_->events()[static_cast<size_t>(index_)].vtime;
  Q_EMIT changed();
}

void Playback::set_time(Nanos t) {
  if (!model_ || model_->events().empty()) return;
  size_t after = model_->event_index_at_time(t + 1);  // first event later than t
  index_ = std::max(0, static_cast<int>(after) - 1);
  time_ = std::max(t, model_->events()[static_cast<size_t>(index_)].vtime);
  Q_EMIT changed();
}

void Playback::step(int delta) {
  if (!model_ || model_->events().empty()) return;
  int n = last_index() + 1;
  int from = index_ < 0 ? (delta > 0 ? -1 : n) : index_;
  set_index(from + delta);
}

void Playback::to_end() { set_index(last_index()); }

bool Playback::next_of_task(TaskId task) {
  if (!model_ || !task) return false;
  size_t from = index_ < 0 ? 0 : static_cast<size_t>(index_);
  size_t next = index_ < 0 ? model_->next_event_of(task, 0) : model_->next_event_of(task, from);
  // next_event_of looks after `from`; from "whole run" the task's very first event counts too.
  if (index_ < 0 && !model_->events().empty() && model_->events()[0].task == task) next = 0;
  if (next >= model_->events().size()) return false;
  set_index(static_cast<int>(next));
  return true;
}

bool Playback::prev_of_task(TaskId task) {
  if (!model_ || !task || index_ <= 0) return false;
  size_t prev = model_->prev_event_of(task, static_cast<size_t>(index_));
  if (prev >= model_->events().size()) return false;
  set_index(static_cast<int>(prev));
  return true;
}

bool Playback::next_leak() {
  if (!model_) return false;
  size_t next = model_->next_leak(index_ < 0 ? 0 : static_cast<size_t>(index_));
  if (index_ < 0 && !model_->events().empty() && model_->events()[0].kind == EventKind::TaskLeaked) next = 0;
  if (next >= model_->events().size()) return false;
  set_index(static_cast<int>(next));
  return true;
}

void Playback::play() {
  if (!model_ || model_->events().empty() || playing_) return;
  if (index_ < 0 || index_ >= last_index()) set_index(0);  // from the start again
  playing_ = true;
  carry_ = 0;
  wall_.start();
  timer_.start();
  Q_EMIT playing_changed(true);
}

void Playback::pause() {
  if (!playing_) return;
  playing_ = false;
  timer_.stop();
  Q_EMIT playing_changed(false);
}

void Playback::advance(double wall_ms) {
  if (!model_ || model_->events().empty()) return;
  if (index_ < 0) index_ = 0, time_ = model_->events()[0].vtime;
  if (by_events_) {
    carry_ += speed_ * wall_ms / 1000.0;
    const int steps = static_cast<int>(carry_);
    carry_ -= steps;
    if (index_ + steps >= last_index()) {
      set_index(last_index());
      if (model_->finished()) pause();
    } else if (steps > 0) {
      set_index(index_ + steps);
    }
    return;
  }
  Nanos target = time_ + static_cast<Nanos>(speed_ * wall_ms / 1000.0);
  const Nanos end = model_->events().back().vtime;
  if (target >= end) {
    set_index(last_index());
    if (model_->finished()) pause();  // a live run may still grow: keep following it
    return;
  }
  set_time(target);
}

const std::vector<double>& speed_presets(bool by_events) {
  static const std::vector<double> presets = {1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11};
  static const std::vector<double> events = {1, 3, 10, 30, 100, 300, 1000, 10000};
  return by_events ? events : presets;
}

double auto_speed(Nanos length, bool by_events) {
  double want = std::max<double>(1, static_cast<double>(length)) / 10.0;
  const auto& p = speed_presets(by_events);
  double best = p.front();
  for (double s : p) {
    if (std::abs(std::log10(s) - std::log10(want)) < std::abs(std::log10(best) - std::log10(want))) best = s;
  }
  return best;
}

QString speed_label(double per_s, bool by_events) {
  if (by_events) return QStringLiteral("%1 events/s").arg(per_s);
  return QString::fromStdString(analysis::format_duration(static_cast<Nanos>(per_s))) + QStringLiteral("/s");
}

}  // namespace goro::gui
