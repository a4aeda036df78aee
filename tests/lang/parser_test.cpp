// The parser: valid Go parses without errors (also every Go program in the repository), and
// malformed Go gets gc's syntax errors at gc's positions (checked against Go 1.19's `go build`).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "goro/lang/resolver.h"

namespace goro::lang {
namespace {

std::string read(const std::filesystem::path& p) {
  std::ifstream f(p);
  std::stringstream ss;
  ss << f.rdbuf();
  return ss.str();
}

std::string errors_of(const std::string& src) {
  Diagnostics d("main.go");
  auto file = parse(src, d);
  return d.format();
}

TEST(Parser, ParsesABroadValidProgram) {
  std::string src = read(std::filesystem::path(GOROSCOPE_SOURCE_DIR) / "tests/lang/testdata/valid.go");
  ASSERT_FALSE(src.empty());
  Diagnostics d("valid.go");
  auto file = check(src, d);  // parse and resolve
  EXPECT_EQ(d.format(), "");
  EXPECT_EQ(file->package, "main");
  int funcs = 0, gens = 0;
  for (const auto& decl : file->decls) {
    funcs += decl.func != nullptr;
    gens += decl.gen != nullptr;
  }
  EXPECT_EQ(funcs, 6);  // String, inc, sum, merge, classify, main
  EXPECT_EQ(gens, 7);   // import, 4 types, const, var
}

TEST(Parser, ParsesEveryGoProgramInTheRepository) {
  int files = 0;
  for (const char* dir : {"bench", "scenarios", "tests/conformance"}) {
    auto root = std::filesystem::path(GOROSCOPE_SOURCE_DIR) / dir;
    if (!std::filesystem::exists(root)) continue;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
      if (entry.path().extension() != ".go") continue;
      if (entry.path().string().find("compile_errors") != std::string::npos) continue;
      Diagnostics d(entry.path().filename().string());
      check(read(entry.path()), d);
      EXPECT_EQ(d.format(), "") << entry.path();
      ++files;
    }
  }
  EXPECT_GE(files, 5);
}

struct SyntaxCase {
  const char* src;
  const char* want;  // Go 1.19's first error line (file name normalised)
};

class SyntaxErrors : public ::testing::TestWithParam<SyntaxCase> {};

TEST_P(SyntaxErrors, MatchGo) {
  std::string out = errors_of(GetParam().src);
  EXPECT_EQ(out.substr(0, out.find('\n')), GetParam().want) << out;
}

INSTANTIATE_TEST_SUITE_P(
    Go119, SyntaxErrors,
    ::testing::Values(
        SyntaxCase{"package main\nfunc main() {\n\tx := 1 +\n}\n",
                   "main.go:4:1: syntax error: unexpected }, expecting expression"},
        SyntaxCase{"package main\nfunc main() {\n\tif x := 1 {\n\t}\n}\n",
                   "main.go:3:7: syntax error: cannot use x := 1 as value"},
        SyntaxCase{"package main\nx := 1\n",
                   "main.go:2:1: syntax error: non-declaration statement outside function body"},
        SyntaxCase{"package main\nfunc main() {\n\tf(1, 2\n}\n",
                   "main.go:3:8: syntax error: unexpected newline in argument list; possibly missing comma or )"},
        SyntaxCase{"package main\nfunc main() {\n\tvar a []int = {1}\n}\n",
                   "main.go:3:16: syntax error: unexpected {, expecting expression"},
        SyntaxCase{"package main\nimport \"fmt\"\nfunc main() { fmt.Println(\"a\" }\n",
                   "main.go:3:31: syntax error: unexpected } in argument list; possibly missing comma or )"}));

TEST(Parser, RefusesGenericsByNameAtTheirPosition) {
  EXPECT_EQ(errors_of("package main\nfunc Map[T any](x T) T { return x }\n"),
            "main.go:2:9: goroscope does not support generics yet\n");
  EXPECT_EQ(errors_of("package main\ntype List[T any] struct{ v T }\n"),
            "main.go:2:10: goroscope does not support generics yet\n");
}

TEST(Parser, ArrayTypeDeclarationIsNotGeneric) {
  EXPECT_EQ(errors_of("package main\ntype grid [3][3]int\nconst n = 4\ntype row [n]int\n"), "");
}

TEST(Parser, NeverLoopsOnGarbage) {
  // Recovery always advances: any input ends with a bounded number of errors.
  for (const char* junk : {"package main\nfunc main() { ) ) ] } {", "package main\nfunc (", "package",
                           "package main\ntype T struct { x int y }", "package main\nfunc f() { select { case : } }",
                           "package main\nfunc f() { for i := range }", "package main\nvar ( a = \n"}) {
    Diagnostics d("main.go");
    parse(junk, d);
    EXPECT_FALSE(d.empty()) << junk;
  }
}

}  // namespace
}  // namespace goro::lang
