// libFuzzer target: any bytes given to the trace loader are refused with a message or loaded; a
// loaded trace must also survive being analysed and queried.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "goro/analysis/run_model.h"
#include "goro/trace/trace_file.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  goro::trace::TraceData trace;
  std::string error;
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  if (!goro::trace::decode_trace(bytes, trace, error)) {
    if (error.empty()) __builtin_trap();  // a refusal must say why
    return 0;
  }
  goro::analysis::RunModel model(*trace.symbols);
  model.append(trace.events);
  model.finish();
  (void)model.leaks();
  (void)model.profile();
  (void)model.counts_at_time(model.end_time() / 2);
  for (const auto& t : model.tasks()) (void)t.at_time(model.end_time() / 2);
  return 0;
}
