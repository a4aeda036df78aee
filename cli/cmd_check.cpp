// goroscope-cli check FILE.go: compiles a Go file (syntax, names and types) and reports its errors
// the way Go does (file:line:col: message, sorted, one per line, at most ten).
#include <cstdio>
#include <string>

#include "commands.h"
#include "goro/vm/run.h"
#include "program.h"

namespace goro::cli {

int cmd_check(int argc, char** argv) {
  if (argc != 1 || argv[0][0] == '-') {
    std::fprintf(stderr, "usage: goroscope-cli check FILE.go\n");
    return 1;
  }
  std::string path = argv[0];
  std::string source, error;
  if (!read_file(path, source, error)) {
    std::fprintf(stderr, "goroscope-cli check: %s\n", error.c_str());
    return 1;
  }
  std::string errors;
  auto prog = vm::compile_file(source, path, &errors);
  if (!prog) {
    std::fputs(errors.c_str(), stderr);
    return 1;  // as `go build` exits on compile errors
  }
  std::printf("%s: no errors found\n", path.c_str());
  return 0;
}

}  // namespace goro::cli
