// Running a program (a .go file or a built-in native demo) with recording and leak verdicts on, and
// analysing the result. Shared by the report, trace and demo commands.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "goro/analysis/run_model.h"
#include "goro/runtime.h"

namespace goro::cli {

struct RunSettings {
  unsigned workers = 1;
  std::vector<std::string> args;  // os.Args[1:] for .go programs
  uint64_t seed = 1;
  ClockMode clock = ClockMode::Virtual;
  Nanos max_time = 0;
  uint32_t max_tasks = 0;               // 0: no limit
  size_t max_heap = size_t{1} << 30;    // .go programs: the heap limit (0: none)
};

struct AnalysedRun {
  std::unique_ptr<Symbols> symbols;
  std::unique_ptr<analysis::RunModel> model;
  RunResult result;
  std::string stdout_text, stderr_text;  // .go programs: what they printed
};

// run_program runs PROGRAM and fills `out`; on failure returns false with a message.
bool run_program(const std::string& program, const RunSettings& settings, AnalysedRun& out,
                 std::string& error);

// parse_run_flag consumes one run option (--workers N, --seed S, --clock virtual|real,
// --max-time D, --max-tasks N, --max-heap SIZE, or `--` followed by the program's arguments) at
// argv[i]; returns false if argv[i] is not one. Sets error on a bad value.
bool parse_run_flag(int argc, char** argv, int& i, RunSettings& s, std::string& error);

// read_file reads a whole file; false with a message if it cannot.
bool read_file(const std::string& path, std::string& out, std::string& error);

// parse_duration reads Go-style durations: 1.5s, 80ms, 2m, 1h30m, 250ns, 3us.
bool parse_duration(const std::string& text, Nanos& out);

// parse_size reads byte sizes as GOMEMLIMIT does, in powers of 1024: 512MiB, 1GiB, 1.5G, 64M,
// 300KB, 4096 (bytes). "0" or "off": no limit.
bool parse_size(const std::string& text, size_t& out);

}  // namespace goro::cli
