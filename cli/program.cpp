#include "program.h"

#include <cctype>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "goro/demos.h"
#include "goro/analysis/leak_detector.h"
#include "goro/trace/recorder.h"
#include "goro/vm/run.h"

namespace goro::cli {

bool read_file(const std::string& path, std::string& out, std::string& error) {
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    error = "cannot read " + path;
    return false;
  }
  std::stringstream ss;
  ss << f.rdbuf();
  out = ss.str();
  return true;
}

namespace {
bool is_go_file(const std::string& p) { return p.size() > 3 && p.compare(p.size() - 3, 3, ".go") == 0; }

bool run_go_file(const std::string& path, const RunSettings& s, AnalysedRun& out, std::string& error) {
  std::string source;
  if (!read_file(path, source, error)) return false;
  std::string errors;
  auto prog = vm::compile_file(source, path, &errors);
  if (!prog) {
    error = "compile errors:\n" + errors;
    return false;
  }
  out.symbols = std::make_unique<Symbols>();
  trace::Recorder recorder(s.workers);
  analysis::LeakDetector leaks;
  {
    vm::RunConfig cfg;
    cfg.workers = s.workers;
    cfg.seed = s.seed;
    cfg.clock = s.clock;
    cfg.max_time = s.max_time;
    cfg.max_tasks = s.max_tasks;
    cfg.max_heap = s.max_heap;
    cfg.args = s.args;
    cfg.sink = &recorder;
    cfg.observer = &leaks;
    cfg.out = [&](std::string_view t) { out.stdout_text += t; };
    cfg.err = [&](std::string_view t) { out.stderr_text += t; };
    vm::GoRun run(*prog, *out.symbols, cfg);
    vm::RunReport r = run.run();
    out.result.reason = r.reason;
    out.result.exit_code = r.exit_code;
    out.result.error = r.error;
    out.result.end_time = r.end_time;
    out.result.tasks_created = r.tasks_created;
  }
  std::vector<Event> events;
  recorder.poll(events);
  out.model = std::make_unique<analysis::RunModel>(*out.symbols);
  out.model->append(events);
  out.model->finish();
  return true;
}
}  // namespace

bool run_program(const std::string& program, const RunSettings& s, AnalysedRun& out,
                 std::string& error) {
  if (is_go_file(program)) return run_go_file(program, s, out, error);
  const demos::Demo* demo = demos::find(program);
  if (!demo) {
    error = "no program named \"" + program + "\" (built-in demos: see goroscope-cli demos)";
    return false;
  }
  out.symbols = std::make_unique<Symbols>();
  trace::Recorder recorder(s.workers);
  analysis::LeakDetector leaks;
  {
    RuntimeOptions opts{.workers = s.workers, .seed = s.seed, .clock = s.clock,
                        .max_time = s.max_time, .max_tasks = s.max_tasks, .sink = &recorder,
                        .observer = &leaks};
    Runtime rt(opts, *out.symbols);
    out.result = rt.run(native_main(demo->make_main()), 0, out.symbols->intern("main.main"));
  }
  std::vector<Event> events;
  recorder.poll(events);
  out.model = std::make_unique<analysis::RunModel>(*out.symbols);
  out.model->append(events);
  out.model->finish();
  return true;
}

bool parse_duration(const std::string& text, Nanos& out) {
  if (text.empty()) return false;
  const char* p = text.c_str();
  double total = 0;
  while (*p) {
    char* end = nullptr;
    double v = std::strtod(p, &end);
    if (end == p) return false;
    p = end;
    double unit;
    if (!std::strncmp(p, "ns", 2)) unit = 1, p += 2;
    else if (!std::strncmp(p, "us", 2)) unit = 1e3, p += 2;
    else if (!std::strncmp(p, "\xC2\xB5s", 3)) unit = 1e3, p += 3;
    else if (!std::strncmp(p, "ms", 2)) unit = 1e6, p += 2;
    else if (*p == 's') unit = 1e9, p += 1;
    else if (*p == 'm') unit = 60e9, p += 1;
    else if (*p == 'h') unit = 3600e9, p += 1;
    else return false;
    total += v * unit;
  }
  out = static_cast<Nanos>(total);
  return total >= 0;
}

bool parse_size(const std::string& text, size_t& out) {
  if (text == "off") {
    out = 0;
    return true;
  }
  char* end = nullptr;
  double v = std::strtod(text.c_str(), &end);
  if (end == text.c_str() || v < 0) return false;
  std::string unit(end);
  for (auto& c : unit) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  double scale;
  if (unit.empty() || unit == "b") scale = 1;
  else if (unit == "k" || unit == "kb" || unit == "kib") scale = 1024.0;
  else if (unit == "m" || unit == "mb" || unit == "mib") scale = 1024.0 * 1024;
  else if (unit == "g" || unit == "gb" || unit == "gib") scale = 1024.0 * 1024 * 1024;
  else if (unit == "t" || unit == "tb" || unit == "tib") scale = 1024.0 * 1024 * 1024 * 1024;
  else return false;
  double bytes = v * scale;
  if (bytes >= 1.8e19) return false;
  out = static_cast<size_t>(bytes);
  return true;
}

bool parse_run_flag(int argc, char** argv, int& i, RunSettings& s, std::string& error) {
  std::string a = argv[i];
  if (a == "--") {  // the rest are the program's own arguments (os.Args[1:])
    s.args.assign(argv + i + 1, argv + argc);
    i = argc;
    return true;
  }
  auto value = [&]() -> const char* {
    if (i + 1 >= argc) {
      error = a + " needs a value";
      return nullptr;
    }
    return argv[++i];
  };
  if (a == "--workers") {
    const char* v = value();
    if (!v) return true;
    int n = std::atoi(v);
    if (n < 1 || n > 256) error = "--workers takes a number from 1 to 256";
    else s.workers = static_cast<unsigned>(n);
    return true;
  }
  if (a == "--seed") {
    const char* v = value();
    if (v) s.seed = std::strtoull(v, nullptr, 10);
    return true;
  }
  if (a == "--clock") {
    const char* v = value();
    if (!v) return true;
    if (!std::strcmp(v, "virtual")) s.clock = ClockMode::Virtual;
    else if (!std::strcmp(v, "real")) s.clock = ClockMode::Real;
    else error = "--clock takes virtual or real";
    return true;
  }
  if (a == "--max-time") {
    const char* v = value();
    if (v && !parse_duration(v, s.max_time)) error = "--max-time takes a duration such as 10s or 500ms";
    return true;
  }
  if (a == "--max-tasks") {
    const char* v = value();
    if (!v) return true;
    char* end = nullptr;
    unsigned long n = std::strtoul(v, &end, 10);
    if (*v == '-' || *end || n > 0xffffffffUL) error = "--max-tasks takes a number of goroutines (0: no limit)";
    else s.max_tasks = static_cast<uint32_t>(n);
    return true;
  }
  if (a == "--max-heap") {
    const char* v = value();
    if (v && !parse_size(v, s.max_heap)) error = "--max-heap takes a size such as 512MiB or 2GiB (0: no limit)";
    return true;
  }
  return false;
}

}  // namespace goro::cli
