// goroscope-cli: the engine from the command line.
#include <cerrno>
#include <cstdio>
#include <unistd.h>
#include <cstring>
#include <string>
#include <string_view>

#include "commands.h"

namespace {

void usage(FILE* out) {
  std::fputs(
      "usage: goroscope-cli <command> [arguments]\n"
      "\n"
      "commands:\n"
      "  demo [NAME] [--workers N] [--seed S]   run a built-in native demo (default: receive-leak)\n"
      "                                         and summarise every goroutine's fate\n"
      "  demos                                  list the built-in demos\n"
      "  run FILE.go [options] [-- ARGS]        run a Go program: its output, Go's panics and exit code\n"
      "  check FILE.go                          compile only: report errors as Go does (file:line:col: message)\n"
      "  report PROGRAM [--json] [-- ARGS]      run PROGRAM and report every goroutine's fate and\n"
      "                                         each group of leaked goroutines\n"
      "  trace PROGRAM -o FILE [--chrome F.json] [--csv F.csv] [--force] [-- ARGS]\n"
      "                                         run PROGRAM and save its trace and exports\n"
      "  export PROGRAM [--compare FIX] [--timeline F] [--chart F] [--pair F] [--dark] [--force]\n"
      "                                         render the app's pictures (.png, .svg, .pdf), no display needed\n"
      "\n"
      "run options (run, report, trace, demo):\n"
      "  --workers N  --seed S  --clock virtual|real  --max-time D (e.g. 10s)\n"
      "  --max-tasks N (goroutines alive at once; default: no limit)\n"
      "  --max-heap SIZE (.go programs: live heap and goroutine frames, e.g. 512MiB; default 1GiB; 0: none)\n"
      "  -- ARGS      the rest goes to the .go program (os.Args[1:], e.g. -- -n=100000)\n"
      "PROGRAM is a .go file or a built-in demo name (see: goroscope-cli demos)\n"
      "  help                                   this text\n"
      "\n"
      "exit codes:\n"
      "  0  the program ran and main returned\n"
      "  1  goroscope itself failed (bad arguments, unreadable files)\n"
      "  2  the program panicked, deadlocked, hit a fatal error, or the task or time limit (as Go exits 2)\n"
      "  3  the program exceeded the heap limit (--max-heap): goroscope ended it\n"
      "  n  the program called os.Exit(n)\n",
      out);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    usage(stderr);
    return 1;
  }
  std::string_view cmd = argv[1];
  if (cmd == "help" || cmd == "--help" || cmd == "-h") {
    usage(stdout);
    return 0;
  }
  // `goroscope-cli run --help`: every command's options are in the one usage text (after `--` the
  // arguments are the program's own, so a Go program's -h still reaches its flag package)
  for (int i = 2; i < argc && std::string_view(argv[i]) != "--"; ++i) {
    if (std::string_view(argv[i]) == "--help" || std::string_view(argv[i]) == "-h") {
      usage(stdout);
      return 0;
    }
  }
  if (cmd == "demo") return goro::cli::cmd_demo(argc - 2, argv + 2);
  if (cmd == "demos") return goro::cli::cmd_demos();
  if (cmd == "report") return goro::cli::cmd_report(argc - 2, argv + 2);
  if (cmd == "trace") return goro::cli::cmd_trace(argc - 2, argv + 2);
  if (cmd == "run") return goro::cli::cmd_run(argc - 2, argv + 2);
  if (cmd == "check") return goro::cli::cmd_check(argc - 2, argv + 2);
#ifdef GOROSCOPE_WITH_EXPORT
  if (cmd == "export") {
    // The exporter lives next to this binary (it links Qt; running programs does not need it).
    std::string self = argv[0];
    std::string dir = self.find('/') == std::string::npos ? "." : self.substr(0, self.rfind('/'));
    std::string exe = dir + "/goroscope-export";
    argv[1] = const_cast<char*>("goroscope-export");
    execv(exe.c_str(), argv + 1);
    std::fprintf(stderr, "goroscope-cli: cannot run %s: %s\n", exe.c_str(), std::strerror(errno));
    return 1;
  }
#else
  if (cmd == "export") {
    std::fprintf(stderr, "goroscope-cli: this build has no image export (configure with GOROSCOPE_BUILD_GUI=ON)\n");
    return 1;
  }
#endif
  std::fprintf(stderr, "goroscope-cli: unknown command \"%s\"\n\n", argv[1]);
  usage(stderr);
  return 1;
}
