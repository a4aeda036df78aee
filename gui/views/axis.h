// AxisClock: where a run's moments sit on the timeline's horizontal axis: at their run time, or
// at their place in the order of events. Virtual time often stands still (a program that never
// sleeps runs entirely at 0 s, a deadlock can happen at 0 s); the event order still tells its story,
// every event one step wide.
//
// On the event axis, event i is at position i (its index in the run); the state an event starts
// lasts until the position of the event that ends it; the run ends at position events().size().
#pragma once

#include <algorithm>
#include <limits>

#include "goro/analysis/run_model.h"

namespace goro::gui {

struct AxisClock {
  bool events = false;    // false: run time (ns); true: event positions
  uint64_t first_seq = 0;
  Nanos count = 0;        // events in the run
  Nanos end_time = 0;     // the run's last moment

  static AxisClock time_of(const analysis::RunModel& m) { return {false, 0, static_cast<Nanos>(m.events().size()), m.end_time()}; }
  static AxisClock events_of(const analysis::RunModel& m) {
    return {true, m.events().empty() ? 0 : m.events().front().seq, static_cast<Nanos>(m.events().size()), m.end_time()};
  }

  // pos: the position of event `seq` (the run's end for "never" or past the end).
  Nanos pos(uint64_t seq) const {
    if (seq == std::numeric_limits<uint64_t>::max() || seq < first_seq) return seq < first_seq ? 0 : count;
    return std::min<Nanos>(static_cast<Nanos>(seq - first_seq), count);
  }
  Nanos begin(const analysis::Interval& iv) const { return events ? pos(iv.begin_seq) : iv.begin; }
  Nanos end(const analysis::Interval& iv) const {
    if (events) return iv.end == analysis::kOpen ? count : pos(iv.end_seq);
    return iv.end == analysis::kOpen ? end_time : iv.end;
  }
  Nanos permanent(const analysis::TaskInfo& t) const { return events ? pos(t.permanent_since_seq) : t.permanent_since; }
  Nanos ended(const analysis::TaskInfo& t) const { return events ? pos(t.ended_seq) : t.ended; }
  // length: the axis span of the whole run.
  Nanos length() const { return events ? count : end_time; }
};

// axis_end: where the axis of a run `end` long ends: a little air after the last event; while the
// run is live, rounded up to the next of a few steps per decade (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8),
// so the axes (and their tick labels) change a dozen times per tenfold growth, not on every refresh.
inline Nanos axis_end(Nanos end, bool live) {
  const Nanos air = end + end / 40;
  if (!live || air <= 10) return air;
  Nanos decade = 1;
  while (decade <= air / 10) decade *= 10;
  for (int step : {10, 12, 15, 20, 25, 30, 40, 50, 60, 80, 100}) {
    if (decade * step / 10 >= air) return decade * step / 10;
  }
  return decade * 10;
}

}  // namespace goro::gui
