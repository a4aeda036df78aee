// goroscope-cli trace PROGRAM -o FILE [--chrome F.json] [--csv F.csv] [--force]
#include <sys/stat.h>

#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

#include "commands.h"
#include "goro/analysis/export.h"
#include "goro/trace/trace_file.h"
#include "program.h"

namespace goro::cli {

namespace {

bool exists(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0;
}

// write_atomically writes through a temporary file renamed into place.
template <class F>
std::string write_atomically(const std::string& path, F&& fill) {
  std::string tmp = path + ".tmp";
  {
    std::ofstream f(tmp, std::ios::binary | std::ios::trunc);
    if (!f) return "cannot write " + tmp;
    fill(f);
    if (!f) return "cannot write " + tmp;
  }
  if (std::rename(tmp.c_str(), path.c_str()) != 0) return "cannot move " + tmp + " to " + path;
  return "";
}

}  // namespace

int cmd_trace(int argc, char** argv) {
  RunSettings settings;
  std::string program, out, chrome, csv;
  bool force = false;
  for (int i = 0; i < argc; ++i) {
    std::string error;
    if (parse_run_flag(argc, argv, i, settings, error)) {
      if (!error.empty()) {
        std::fprintf(stderr, "goroscope-cli trace: %s\n", error.c_str());
        return 1;
      }
      continue;
    }
    std::string a = argv[i];
    auto value = [&](std::string& into) {
      if (i + 1 < argc) into = argv[++i];
    };
    if (a == "-o") value(out);
    else if (a == "--chrome") value(chrome);
    else if (a == "--csv") value(csv);
    else if (a == "--force") force = true;
    else if (!a.empty() && a[0] == '-') {
      std::fprintf(stderr, "goroscope-cli trace: unknown option %s\n", a.c_str());
      return 1;
    } else program = a;
  }
  if (program.empty() || (out.empty() && chrome.empty() && csv.empty())) {
    std::fprintf(stderr,
                 "usage: goroscope-cli trace PROGRAM -o FILE [--chrome F.json] [--csv F.csv] [--force]\n");
    return 1;
  }
  for (const std::string* p : {&out, &chrome, &csv}) {
    if (!p->empty() && exists(*p) && !force) {
      std::fprintf(stderr, "goroscope-cli trace: %s exists; add --force to overwrite it\n", p->c_str());
      return 1;
    }
  }
  AnalysedRun run;
  std::string error;
  if (!run_program(program, settings, run, error)) {
    std::fprintf(stderr, "goroscope-cli trace: %s\n", error.c_str());
    return 1;
  }
  const auto& events = run.model->events();
  if (!out.empty()) {
    const std::vector<Event> all(events.begin(), events.end());  // the file writer takes one array
    error = trace::save_trace(out, *run.symbols, all);
  }
  if (error.empty() && !chrome.empty()) {
    error = write_atomically(chrome, [&](std::ostream& f) { analysis::write_chrome_json(*run.model, f); });
  }
  if (error.empty() && !csv.empty()) {
    error = write_atomically(csv, [&](std::ostream& f) { analysis::write_counts_csv(*run.model, f); });
  }
  if (!error.empty()) {
    std::fprintf(stderr, "goroscope-cli trace: %s\n", error.c_str());
    return 1;
  }
  std::fprintf(stderr, "goroscope-cli: %zu events, %zu goroutines recorded\n", events.size(),
               run.model->task_count());
  return run.result.exit_code;
}

}  // namespace goro::cli
