// goroscope-cli report PROGRAM [--json]: what happened to every goroutine, and which leaked.
#include <cstdio>
#include <iostream>
#include <string>

#include "commands.h"
#include "goro/analysis/export.h"
#include "program.h"

namespace goro::cli {

int cmd_report(int argc, char** argv) {
  RunSettings settings;
  bool json = false;
  std::string program;
  for (int i = 0; i < argc; ++i) {
    std::string error;
    if (parse_run_flag(argc, argv, i, settings, error)) {
      if (!error.empty()) {
        std::fprintf(stderr, "goroscope-cli report: %s\n", error.c_str());
        return 1;
      }
      continue;
    }
    std::string a = argv[i];
    if (a == "--json") json = true;
    else if (!a.empty() && a[0] == '-') {
      std::fprintf(stderr, "goroscope-cli report: unknown option %s\n", a.c_str());
      return 1;
    } else program = a;
  }
  if (program.empty()) {
    std::fprintf(stderr, "usage: goroscope-cli report PROGRAM [--json] [run options]\n");
    return 1;
  }
  AnalysedRun run;
  std::string error;
  if (!run_program(program, settings, run, error)) {
    std::fprintf(stderr, "goroscope-cli report: %s\n", error.c_str());
    return 1;
  }
  const analysis::RunModel& m = *run.model;
  const Symbols& syms = *run.symbols;
  int permanent = 0, never = 0, killed = 0;
  for (const auto& t : m.tasks()) {
    if (!t.id || t.id == 1) continue;  // main is not "alive at exit"
    if (t.fate == analysis::Fate::PermanentlyBlocked) ++permanent;
    if (t.fate == analysis::Fate::NeverFinishing) ++never;
    if (t.fate == analysis::Fate::KilledAtExit) ++killed;
  }
  auto leaks = m.leaks();

  if (json) {
    std::cout << "{\n  \"program\": \"" << analysis::json_escape(program) << "\",\n"
              << "  \"end_reason\": \"" << end_reason_name(run.result.reason) << "\",\n"
              << "  \"exit_code\": " << run.result.exit_code << ",\n"
              << "  \"end_time_ns\": " << run.result.end_time << ",\n"
              << "  \"tasks_created\": " << run.result.tasks_created << ",\n"
              << "  \"peak_alive\": " << m.peak_alive() << ",\n"
              << "  \"alive_at_exit\": {\"permanently_blocked\": " << permanent
              << ", \"never_finishing\": " << never << ", \"killed_at_exit\": " << killed << "},\n"
              << "  \"leaks\": [";
    for (size_t i = 0; i < leaks.size(); ++i) {
      const auto& g = leaks[i];
      std::cout << (i ? ",\n" : "\n") << "    {\"count\": " << g.tasks.size() << ", \"op\": \""
                << analysis::report_op_name(g.op) << "\", \"site\": \""
                << analysis::json_escape(syms.site_string(g.site)) << "\", \"created_at\": \""
                << analysis::json_escape(syms.site_string(g.created_at))
                << "\", \"became_permanent_ns\": " << g.became_permanent
                << ", \"last_became_permanent_ns\": " << g.last_became_permanent << "}";
    }
    std::cout << (leaks.empty() ? "]\n" : "\n  ]\n") << "}\n";
  } else {
    std::printf("program     %s\n", program.c_str());
    std::printf("ended       %s at %s (exit code %d)\n",
                std::string(end_reason_name(run.result.reason)).c_str(),
                analysis::format_duration(run.result.end_time).c_str(), run.result.exit_code);
    std::printf("goroutines  %llu created, at most %u alive at once\n",
                static_cast<unsigned long long>(run.result.tasks_created), m.peak_alive());
    std::printf("at exit     %d permanently blocked, %d alive and never finishing, %d killed at exit\n",
                permanent, never, killed);
    if (leaks.empty()) {
      std::printf("leaks       none\n");
    } else {
      std::printf("leaks\n");
      for (const auto& g : leaks) {
        std::string since = g.became_permanent == g.last_became_permanent
                                ? "since " + analysis::format_duration(g.became_permanent)
                                : "from " + analysis::format_duration(g.became_permanent) + " to " +
                                      analysis::format_duration(g.last_became_permanent);
        std::printf("  %5zu x %-18s at %s, created at %s, permanently blocked %s\n", g.tasks.size(),
                    std::string(analysis::report_op_name(g.op)).c_str(), syms.site_string(g.site).c_str(),
                    syms.site_string(g.created_at).c_str(), since.c_str());
      }
    }
  }
  if (!run.result.error.empty()) std::fprintf(stderr, "%s\n", run.result.error.c_str());
  return run.result.exit_code;
}

}  // namespace goro::cli
