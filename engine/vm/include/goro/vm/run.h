// goro/vm/run.h — the run API the CLI and the GUI use: compile a Go file, run it on a runtime.
//
//   std::string errors;
//   auto prog = goro::vm::compile_file(source, "main.go", &errors);   // errors: "main.go:3:5: ..."
//   goro::Symbols syms;
//   goro::vm::RunConfig cfg;  cfg.out = [](std::string_view s) { fwrite(...); };
//   goro::vm::GoRun run(*prog, syms, cfg);      // run.stop() from any thread ends it
//   goro::vm::RunReport r = run.run();          // r.exit_code, r.error (Go's stderr text)
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "goro/runtime.h"
#include "goro/vm/bytecode.h"
#include "goro/vm/gc.h"

namespace goro::vm {

struct RunConfig {
  unsigned workers = 1;  // interpreted code holds the VM lock, so one worker is the fastest default
  uint64_t seed = 1;
  ClockMode clock = ClockMode::Virtual;
  Nanos max_time = 0;
  uint32_t max_tasks = 0;
  // The live heap a run may hold; over it the run ends with "goroscope: heap limit of ... exceeded"
  // and exit code kHeapLimitExitCode. 0: no limit.
  size_t max_heap = size_t{1} << 30;
  bool gc_stress = false;  // collect at nearly every safepoint (tests); also GOROSCOPE_GC_STRESS=1
  std::vector<std::string> args;  // os.Args[1:]
  EventSink* sink = nullptr;
  RunObserver* observer = nullptr;
  std::function<void(std::string_view)> out, err;
  bool stdin = false;  // os.Stdin reads the process's standard input (else it is empty)
};

struct RunReport {
  int exit_code = 0;
  EndReason reason = EndReason::MainReturned;
  std::string error;  // what Go prints on stderr for a panic or fatal error
  uint64_t tasks_created = 0;
  Nanos end_time = 0;
  HeapStats heap;  // the collector's counters at the end (peak, collections, live bytes)
};

// compile_file: the checked, compiled program, or nullptr with Go's error lines in *errors.
std::unique_ptr<Program> compile_file(std::string_view source, const std::string& filename, std::string* errors);

class Interp;

class GoRun {
 public:
  GoRun(const Program& program, Symbols& symbols, RunConfig config);
  ~GoRun();
  RunReport run();
  void stop();  // thread-safe; takes effect at the next safepoint

 private:
  const Program& program_;
  Symbols& symbols_;
  RunConfig config_;
  std::unique_ptr<Runtime> rt_;
  std::unique_ptr<Interp> vm_;
};

}  // namespace goro::vm
