// Labels and branches, checked as gc's parser checks them (each expectation is Go 1.19's output).
#include <gtest/gtest.h>

#include "goro/lang/branches.h"
#include "goro/lang/parser.h"

namespace goro::lang {
namespace {

std::string branch_errors(const std::string& src) {
  Diagnostics d("main.go");
  auto file = parse(src, d);
  check_branches(*file, d);
  return d.format();
}

TEST(Branches, BreakAndContinueNeedTheirStatements) {
  EXPECT_EQ(branch_errors("package main\nfunc main() {\n\tbreak\n\tswitch {\n\tcase true:\n\t\tcontinue\n\t}\n}\n"),
            "main.go:3:2: break is not in a loop, switch, or select\nmain.go:6:3: continue is not in a loop\n");
}

TEST(Branches, LabelsMustExistEncloseAndBeUsed) {
  EXPECT_EQ(branch_errors("package main\nfunc main() {\nA:\n\tfor {\n\t}\n\tfor {\n\t\tbreak A\n\t\tcontinue B\n\t}\nC:\n\t{\n\t}\n}\n"),
            "main.go:7:9: invalid break label A\nmain.go:8:12: continue label not defined: B\n"
            "main.go:10:1: label C defined and not used\n");
}

TEST(Branches, FallthroughOnlyAtTheEndOfANonFinalCase) {
  EXPECT_EQ(branch_errors("package main\nfunc main() {\n\tswitch {\n\tcase true:\n\t\tfallthrough\n\tdefault:\n\t\tfallthrough\n\t}\n}\n"),
            "main.go:7:3: cannot fallthrough final case in switch\n");
}

TEST(Branches, FunctionLiteralsAreCheckedOnTheirOwn) {
  // a label outside a literal is not visible inside it
  EXPECT_EQ(branch_errors("package main\nfunc main() {\nL:\n\tfor {\n\t\tfunc() { break L }()\n\t}\n}\n"),
            "main.go:3:1: label L defined and not used\nmain.go:5:18: break label not defined: L\n");
}

}  // namespace
}  // namespace goro::lang
