// goro/analysis/export.h — a run in other tools' formats, and the words reports use.
//
//   write_chrome_json(model, out)   Chrome Trace Event JSON: one track per task (Perfetto UI,
//                                   chrome://tracing); a slice per state interval, instants for
//                                   creation, exit and verdicts
//   write_counts_csv(model, out)    task counts over time, one row per change
#pragma once

#include <ostream>
#include <string>
#include <string_view>

#include "goro/analysis/run_model.h"

namespace goro::analysis {

void write_chrome_json(const RunModel& model, std::ostream& out);
void write_counts_csv(const RunModel& model, std::ostream& out);

// report_op_name: the operation as leak reports name it ("chan send", "chan receive", "select",
// "select (no cases)", "nil chan", "mutex", "waitgroup", ...).
std::string_view report_op_name(WaitReason r);
// json_escape: a string as a JSON string literal body (no quotes).
std::string json_escape(std::string_view s);
// format_duration: nanoseconds as Go prints a time.Duration ("1.5s", "80ms", "0s").
std::string format_duration(Nanos d);

}  // namespace goro::analysis
