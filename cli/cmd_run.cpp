// goroscope-cli run FILE.go [options] [-- ARGS]: runs a Go program as `go run` would: its stdout
// on stdout, Go's panic or fatal error text on stderr, Go's exit code.
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "commands.h"
#include "goro/vm/run.h"
#include "program.h"

namespace goro::cli {

namespace {
// Sanitizer builds tear the run down (their leak and use-after-free checks cover it); others exit
// at once as Go does: freeing a heap of millions of objects would keep the prompt for a second.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
constexpr bool kTearDown = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
constexpr bool kTearDown = true;
#else
constexpr bool kTearDown = false;
#endif
#else
constexpr bool kTearDown = false;
#endif

vm::GoRun* g_run = nullptr;
void on_interrupt(int) {
  if (g_run) g_run->stop();
}
}  // namespace

int cmd_run(int argc, char** argv) {
  std::string path;
  RunSettings settings;
  std::vector<std::string> args;
  for (int i = 0; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--") {
      for (++i; i < argc; ++i) args.push_back(argv[i]);
      break;
    }
    std::string error;
    if (parse_run_flag(argc, argv, i, settings, error)) {
      if (!error.empty()) {
        std::fprintf(stderr, "goroscope-cli run: %s\n", error.c_str());
        return 1;
      }
      continue;
    }
    if (!a.empty() && a[0] == '-') {
      std::fprintf(stderr, "goroscope-cli run: unknown option %s\n", a.c_str());
      return 1;
    }
    if (!path.empty()) {
      args.push_back(a);  // `run FILE.go x y` passes x y like `go run FILE.go x y`
      continue;
    }
    path = a;
  }
  if (path.empty()) {
    std::fprintf(stderr, "usage: goroscope-cli run FILE.go [--workers N] [--seed S] [--clock virtual|real] [--max-time D] [--max-tasks N] [--max-heap SIZE] [-- ARGS]\n");
    return 1;
  }
  std::string source, error;
  if (!read_file(path, source, error)) {
    std::fprintf(stderr, "goroscope-cli run: %s\n", error.c_str());
    return 1;
  }
  std::string errors;
  auto prog = vm::compile_file(source, path, &errors);
  if (!prog) {
    std::fputs("# command-line-arguments\n", stderr);
    std::fputs(errors.c_str(), stderr);
    return 1;
  }
  Symbols symbols;
  vm::RunConfig cfg;
  cfg.workers = settings.workers;
  cfg.seed = settings.seed;
  cfg.clock = settings.clock;
  cfg.max_time = settings.max_time;
  cfg.max_tasks = settings.max_tasks;
  cfg.max_heap = settings.max_heap;
  cfg.args = args;
  cfg.stdin = true;
  // An empty write (a Write of no bytes) may come with a null data pointer, which fwrite must not get.
  cfg.out = [](std::string_view s) {
    if (!s.empty()) std::fwrite(s.data(), 1, s.size(), stdout);
  };
  cfg.err = [](std::string_view s) {
    std::fflush(stdout);
    if (!s.empty()) std::fwrite(s.data(), 1, s.size(), stderr);
  };
  vm::GoRun run(*prog, symbols, cfg);
  g_run = &run;
  std::signal(SIGINT, on_interrupt);
  vm::RunReport r = run.run();
  g_run = nullptr;
  std::fflush(stdout);
  if (!r.error.empty()) {
    std::fputs(r.error.c_str(), stderr);
    if (r.error.back() != '\n') std::fputc('\n', stderr);
  }
  if (!kTearDown) {
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(r.exit_code);
  }
  return r.exit_code;
}

}  // namespace goro::cli
