// wait_stack: a goroutine's call stack where it waits, as the engine recorded it on the event that
// parked it (frames innermost first; the standard library's left out, as Go's goroutine dump
// prints them), and the dump's text for it. Pure: no widgets.
//
//   for (SiteId frame : wait_stack(model, interval)) ...   // empty: not blocked, or not recorded
//   goroutine_dump(model, task, interval)   // "goroutine 7 [chan receive]:\nmain.wait()\n    leak.go:4\n..."
#pragma once

#include <QString>
#include <vector>

#include "goro/analysis/run_model.h"

namespace goro::gui {

std::vector<SiteId> wait_stack(const analysis::RunModel& model, const analysis::Interval& iv);

// goroutine_dump: the goroutine as Go's dump shows it while it waits in `iv`: its header, each
// frame (function, file:line), and where it was created. Without a recorded stack, the frame of
// the blocking operation alone.
QString goroutine_dump(const analysis::RunModel& model, const analysis::TaskInfo& t, const analysis::Interval& iv);

}  // namespace goro::gui
