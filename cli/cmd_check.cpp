// goroscope-cli check FILE.go: reads and parses a Go file and reports its errors the way Go does
// (file:line:col: message, sorted, one per line, at most ten). Type checking comes next; for now
// this finds lexical and syntax errors and the features goroscope refuses by name.
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "commands.h"
#include "goro/lang/resolver.h"

namespace goro::cli {

int cmd_check(int argc, char** argv) {
  if (argc != 1 || argv[0][0] == '-') {
    std::fprintf(stderr, "usage: goroscope-cli check FILE.go\n");
    return 1;
  }
  std::string path = argv[0];
  std::ifstream f(path, std::ios::binary);
  if (!f) {
    std::fprintf(stderr, "goroscope-cli check: cannot read %s\n", path.c_str());
    return 1;
  }
  std::stringstream ss;
  ss << f.rdbuf();
  lang::Diagnostics diags(path);
  auto file = lang::check(ss.str(), diags);
  if (!diags.empty()) {
    std::fputs(diags.format().c_str(), stderr);
    return 1;  // as `go build` exits on compile errors
  }
  std::printf("%s: package %s, %zu declarations, no errors found (types are not checked yet)\n", path.c_str(), file->package.c_str(),
              file->decls.size());
  return 0;
}

}  // namespace goro::cli
