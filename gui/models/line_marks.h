// line_marks: where the goroutines are at a playback cursor, per source line (the source view's
// markers). Pure: no widgets, so it is tested without a display.
#pragma once

#include <QString>
#include <cstdint>
#include <functional>
#include <limits>
#include <map>

#include "goro/analysis/run_model.h"

namespace goro::gui {

constexpr uint64_t kEndOfRun = std::numeric_limits<uint64_t>::max();  // "no cursor": the run's end

struct LineMark {
  int count = 0;     // goroutines at this line at the cursor
  bool red = false;  // some of them are permanently blocked
  QString error;     // a compile error on this line
};

// for_each_alive calls fn(task, interval) for every task alive just after event `seq` (kEndOfRun:
// alive when the run ended), with the interval it is in.
void for_each_alive(const analysis::RunModel& model, uint64_t seq,
                    const std::function<void(const analysis::TaskInfo&, const analysis::Interval&)>& fn);

// task_line: the source line a task is at within `iv`: where it waits (or last waited, when it was
// woken and resumes there), else where it was created. 0 if unknown.
int task_line(const analysis::RunModel& model, const analysis::TaskInfo& t, const analysis::Interval& iv);

// line_marks: per line, how many tasks are there at the cursor and whether any is permanently
// blocked by then.
std::map<int, LineMark> line_marks(const analysis::RunModel& model, uint64_t seq);

}  // namespace goro::gui
