// Name resolution: Go 1.19's messages at Go 1.19's positions (each checked with `go build`).
#include <gtest/gtest.h>

#include "goro/lang/resolver.h"

namespace goro::lang {
namespace {

std::string check_errors(const std::string& src) {
  Diagnostics d("main.go");
  check(src, d);
  return d.format();
}

TEST(Resolver, UnusedImportAndVariable) {
  EXPECT_EQ(check_errors("package main\nimport \"os\"\nfunc main() { x := 1 }\n"),
            "main.go:2:8: imported and not used: \"os\"\nmain.go:3:15: x declared but not used\n");
}

TEST(Resolver, Undefined) {
  EXPECT_EQ(check_errors("package main\nfunc main() { y = 2 }\n"), "main.go:2:15: undefined: y\n");
}

TEST(Resolver, NoNewVariables) {
  EXPECT_EQ(check_errors("package main\nfunc main() {\n\tx := 1\n\tx := 2\n\t_ = x\n}\n"),
            "main.go:4:4: no new variables on left side of :=\n");
}

TEST(Resolver, RedeclaredWithTheOtherDeclaration) {
  EXPECT_EQ(check_errors("package main\nfunc main() {\n\tvar a int\n\tvar a string\n\t_ = a\n}\n"),
            "main.go:4:6: a redeclared in this block\n\tmain.go:3:6: other declaration of a\n");
  EXPECT_EQ(check_errors("package main\nfunc f() {}\nfunc f() {}\nfunc main() {}\n"),
            "main.go:3:6: f redeclared in this block\n\tmain.go:2:6: other declaration of f\n");
}

TEST(Resolver, UnusedLabel) {
  EXPECT_EQ(check_errors("package main\nfunc main() {\nL:\n\tfor {\n\t}\n}\n"),
            "main.go:3:1: label L defined and not used\n");
}

TEST(Resolver, UnusedImportsNamedAndRenamed) {
  EXPECT_EQ(check_errors("package main\nimport (\n\t\"fmt\"\n\tstr \"strings\"\n)\nfunc main() {}\n"),
            "main.go:3:2: imported and not used: \"fmt\"\nmain.go:4:2: imported and not used: \"strings\" as str\n");
}

TEST(Resolver, WhatCountsAsAUse) {
  // a++ and b += 1 read; c = 2 and d = 3 (even in a closure) do not; reading e in a closure does.
  EXPECT_EQ(check_errors("package main\nfunc main() {\n\ta := 0\n\ta++\n\tb := 0\n\tb += 1\n\tc := 0\n\tc = 2\n"
                         "\td := 0\n\tfunc() { d = 3 }()\n\te := 0\n\tfunc() { _ = e }()\n}\n"),
            "main.go:7:2: c declared but not used\nmain.go:9:2: d declared but not used\n");
}

TEST(Resolver, TypeSwitchBindingUnused) {
  EXPECT_EQ(check_errors("package main\nfunc main() {\n\tvar v interface{} = 1\n\tswitch x := v.(type) {\n\tcase int:\n\t}\n}\n"),
            "main.go:4:9: x declared but not used\n");
}

TEST(Resolver, RangeAndLoopVariables) {
  EXPECT_EQ(check_errors("package main\nfunc main() {\n\tx, y := 1, 2\n\t_ = y\n\tfor i := 0; i < 3; i++ {\n\t}\n"
                         "\tfor k, v := range []int{1} {\n\t\t_ = v\n\t}\n}\n"),
            "main.go:3:2: x declared but not used\nmain.go:7:6: k declared but not used\n");
}

TEST(Resolver, WritesThroughFieldsIndexesAndPointersAreUses) {
  EXPECT_EQ(check_errors("package main\nfunc main() {\n\tvar p struct{ X int }\n\tp.X = 1\n\tvar m map[string]int\n"
                         "\tm[\"a\"] = 1\n\tvar s []int\n\ts[0] = 1\n}\n"),
            "");
}

TEST(Resolver, PackageLevelOrderDoesNotMatterAndStructKeysAreFields) {
  EXPECT_EQ(check_errors("package main\nimport \"fmt\"\nfunc main() { fmt.Println(p, limit) }\n"
                         "var p = point{X: 1, Y: 2}\ntype point struct{ X, Y int }\nconst limit = 3\n"),
            "");
}

TEST(Resolver, TheBroadValidProgramResolvesCleanly) {
  // tests/lang/testdata/valid.go is checked by ParsesABroadValidProgram; here its names.
  EXPECT_EQ(check_errors("package main\nimport (\"fmt\"; \"sync\")\ntype c struct{ sync.Mutex; n int }\n"
                         "func (k *c) inc() { k.Lock(); defer k.Unlock(); k.n++ }\n"
                         "func main() {\n\tch := make(chan int)\n\tgo func() { ch <- 1 }()\n"
                         "\tselect {\n\tcase v, ok := <-ch:\n\t\tfmt.Println(v, ok)\n\tdefault:\n\t}\n}\n"),
            "");
}

}  // namespace
}  // namespace goro::lang
