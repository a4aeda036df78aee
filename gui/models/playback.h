// Playback: a cursor over a run's recorded events. Every view shows the run as it was at the
// cursor: up to event `index` and run time `time`. Stepping moves by events; playing moves the
// time at `speed` (run time per second of wall time) and the index follows (the last event at or
// before that time), so sleeps pass at the chosen pace and bursts at one instant appear together.
//
//   Playback pb;  pb.set_model(&model);
//   pb.step(1);            // the first event
//   pb.set_speed(10'000'000);  pb.play();   // 10 ms of run time per second
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include "goro/analysis/run_model.h"
#include "models/line_marks.h"

namespace goro::gui {

class Playback : public QObject {
  Q_OBJECT
 public:
  static constexpr int kTickMs = 33;

  explicit Playback(QObject* parent = nullptr);
  // set_model follows a (new or growing) model; the cursor stays where it is if it still fits.
  void set_model(const analysis::RunModel* model);

  // active: a cursor is set (false: every view shows the whole run).
  bool active() const { return index_ >= 0; }
  int index() const { return index_; }
  Nanos time() const { return active() ? time_ : INT64_MAX; }
  uint64_t seq() const;  // kEndOfRun when inactive
  const Event* event() const;

  void clear();                 // back to "whole run"
  void set_index(int index);    // to an event (the time becomes that event's)
  void set_time(Nanos t);       // to a moment (the index becomes the last event at or before it)
  void step(int delta);         // by events; from "whole run", forward starts at the first
  void to_start() { set_index(0); }
  void to_end();
  // next_of_task / prev_of_task: the selected task's next (previous) event; false if none.
  bool next_of_task(TaskId task);
  bool prev_of_task(TaskId task);
  // next_leak: the next moment a task became permanently blocked; false if none after the cursor.
  bool next_leak();

  bool playing() const { return playing_; }
  void play();
  void pause();
  void toggle() { playing_ ? pause() : play(); }
  // speed: run time (ns) per second of wall time; or, by events, events per second.
  double speed() const { return speed_; }
  void set_speed(double per_s) { speed_ = std::max(by_events_ ? 0.1 : 1.0, per_s); }
  // set_by_events: playing moves through the events at `speed` events per second (for runs whose
  // time stands still) instead of through run time.
  void set_by_events(bool on) { by_events_ = on; }
  bool by_events() const { return by_events_; }
  // advance moves the cursor as `wall_ms` of playing would (the timer calls it; tests may too).
  void advance(double wall_ms);

 Q_SIGNALS:
  void changed();
  void playing_changed(bool playing);

 private:
  int last_index() const;
  const analysis::RunModel* model_ = nullptr;
  int index_ = -1;
  Nanos time_ = 0;
  bool playing_ = false;
  bool by_events_ = false;
  double speed_ = 10'000'000;  // 10 ms per second
  double carry_ = 0;           // fractional events not yet played (by events)
  QTimer timer_;
  QElapsedTimer wall_;
};

// speed_presets: the choices offered, slow motion to fast forward (ns of run time per second, or
// events per second).
const std::vector<double>& speed_presets(bool by_events = false);
// auto_speed: the preset that plays a run of `length` (ns, or events) in about ten seconds.
double auto_speed(Nanos length, bool by_events = false);
// speed_label: "10 ms/s", "1 s/s", "30 events/s".
QString speed_label(double per_s, bool by_events = false);

}  // namespace goro::gui
