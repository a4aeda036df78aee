// The scanner: tokens, automatic semicolons, literal values, and gc's messages at gc's positions
// (each expected message below was checked against `go build` of Go 1.19).
#include <gtest/gtest.h>

#include "goro/lang/scanner.h"

namespace goro::lang {
namespace {

struct Scanned {
  std::vector<Tok> toks;
  std::vector<std::string> texts;
  std::vector<std::string> values;
  std::vector<Pos> pos;
  std::string errors;
};

Scanned scan(std::string_view src) {
  Diagnostics d("main.go");
  Scanner s(src, d);
  Scanned out;
  for (s.next(); s.tok() != Tok::Eof; s.next()) {
    out.toks.push_back(s.tok());
    out.texts.emplace_back(s.text());
    out.values.push_back(s.value());
    out.pos.push_back(s.pos());
  }
  out.errors = d.format();
  return out;
}

TEST(Scanner, InsertsSemicolonsWhereGoDoes) {
  auto s = scan("package main\nfunc f() int {\n\treturn x[1]++\n}\n");
  std::vector<Tok> want = {Tok::Package, Tok::Ident, Tok::Semicolon, Tok::Func, Tok::Ident, Tok::LParen,
                           Tok::RParen, Tok::Ident, Tok::LBrace, Tok::Return, Tok::Ident, Tok::LBrack,
                           Tok::Int, Tok::RBrack, Tok::Inc, Tok::Semicolon, Tok::RBrace, Tok::Semicolon};
  EXPECT_EQ(s.toks, want);
  EXPECT_EQ(s.texts[2], "newline");
  EXPECT_EQ(s.errors, "");
}

TEST(Scanner, NoSemicolonAfterAnOperatorAtLineEnd) {
  auto s = scan("x := a +\n\tb\n");
  std::vector<Tok> want = {Tok::Ident, Tok::Define, Tok::Ident, Tok::Add, Tok::Ident, Tok::Semicolon};
  EXPECT_EQ(s.toks, want);
}

TEST(Scanner, SemicolonAtEofAndAfterMultiLineComment) {
  auto s = scan("a /* one\ntwo */ b");
  std::vector<Tok> want = {Tok::Ident, Tok::Semicolon, Tok::Ident, Tok::Semicolon};
  EXPECT_EQ(s.toks, want);
  EXPECT_EQ(s.texts.back(), "EOF");
}

TEST(Scanner, OperatorsByMaximalMunch) {
  auto s = scan("<- <<= &^= &^ && ... := != >>= ~");
  std::vector<Tok> want = {Tok::Arrow, Tok::ShlAssign, Tok::AndNotAssign, Tok::AndNot, Tok::LAnd,
                           Tok::Ellipsis, Tok::Define, Tok::Neq, Tok::ShrAssign, Tok::Tilde};
  EXPECT_EQ(s.toks, want);
}

TEST(Scanner, NumbersOfEveryForm) {
  auto s = scan("42 0x2A 0o52 052 0b101010 1_000 3.14 .5 1e9 0x1p-2 2i");
  std::vector<Tok> want = {Tok::Int, Tok::Int, Tok::Int, Tok::Int, Tok::Int, Tok::Int,
                           Tok::Float, Tok::Float, Tok::Float, Tok::Float, Tok::Imag, Tok::Semicolon};
  EXPECT_EQ(s.toks, want);
  EXPECT_EQ(s.texts[5], "1_000");
  EXPECT_EQ(s.errors, "");
}

TEST(Scanner, StringAndRuneValues) {
  auto s = scan(R"("a\tb\n\x41\u00e9\U0001F600\101\"" `raw\n` 'x' '\'' '世' "世界🙂")");
  EXPECT_EQ(s.values[0], "a\tb\nA\xC3\xA9\xF0\x9F\x98\x80" "A\"");
  EXPECT_EQ(s.values[1], "raw\\n");
  EXPECT_EQ(s.values[2], "x");
  EXPECT_EQ(s.values[3], "'");
  EXPECT_EQ(s.values[4], "世");
  EXPECT_EQ(s.values[5], "世界🙂");
  EXPECT_EQ(s.errors, "");
}

TEST(Scanner, UnicodeIdentifiersAndColumnsInBytes) {
  auto s = scan("名字 := 1\nx");
  EXPECT_EQ(s.toks[0], Tok::Ident);
  EXPECT_EQ(s.texts[0], "名字");
  EXPECT_EQ(s.pos[1], (Pos{1, 8}));  // ":=" after 6 bytes of name and a space
  EXPECT_EQ(s.pos[4], (Pos{2, 1}));
}

// Each case: a line of a function body, and what Go 1.19's compiler reports for it.
struct ErrorCase {
  const char* body;
  const char* want;
};

class ScannerErrors : public ::testing::TestWithParam<ErrorCase> {};

TEST_P(ScannerErrors, MatchGo) {
  std::string src = std::string("package main\nfunc main() { ") + GetParam().body;
  auto s = scan(src);
  EXPECT_EQ(s.errors.substr(0, s.errors.find('\n')), GetParam().want);
}

INSTANTIATE_TEST_SUITE_P(
    Go119, ScannerErrors,
    ::testing::Values(ErrorCase{"x := @ }", "main.go:2:20: invalid character U+0040 '@'"},
                      ErrorCase{"s := \"abc\n}", "main.go:2:24: newline in string"},
                      ErrorCase{"r := 'ab' }", "main.go:2:20: more than one character in rune literal"},
                      ErrorCase{"r := '' }", "main.go:2:21: empty rune literal or unescaped ' in rune literal"},
                      ErrorCase{"s := \"\\q\" }", "main.go:2:22: unknown escape"},
                      ErrorCase{"x := 0x }", "main.go:2:22: hexadecimal literal has no digits"},
                      ErrorCase{"x := 09 }", "main.go:2:21: invalid digit '9' in octal literal"},
                      ErrorCase{"s := `raw", "main.go:2:20: string not terminated"},
                      ErrorCase{"x := 1__0 }", "main.go:2:22: '_' must separate successive digits"}));

TEST(Scanner, UnterminatedCommentIsReportedAtItsStart) {
  auto s = scan("package main\n/* never closed");
  EXPECT_EQ(s.errors, "main.go:2:1: comment not terminated\n");
}

TEST(Diagnostics, SyntaxErrorsOnePerLineSortedAndTooManyInReportOrder) {
  // gc keeps the first syntax error of a line, counts errors in the order they are reported and
  // stops at the tenth, then prints what it kept sorted by position.
  Diagnostics d("p.go");
  for (uint32_t line = 12; line >= 1; --line) {
    d.error({line, 8}, "syntax error: first on line " + std::to_string(line));
    d.error({line, 9}, "syntax error: second on the same line");
  }
  std::string out = d.format();
  EXPECT_EQ(out.substr(0, out.find('\n')), "p.go:3:8: syntax error: first on line 3");
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 11);
  EXPECT_NE(out.find("p.go:3:8: too many errors\n"), std::string::npos);
  EXPECT_EQ(out.find("second"), std::string::npos);
}

TEST(Diagnostics, TypeErrorsKeepDifferentMessagesOnALineAndDropRepeats) {
  Diagnostics d("p.go");
  d.error({2, 5}, "b");
  d.error({2, 3}, "a");
  d.error({2, 3}, "a");  // the same error again right after: dropped
  d.error({1, 1}, "c");
  EXPECT_EQ(d.format(), "p.go:1:1: c\np.go:2:3: a\np.go:2:5: b\n");
}

TEST(Diagnostics, RawMessagesHaveNoPosition) {
  Diagnostics d("p.go");
  d.raw_error("runtime.main_main·f: function main is undeclared in the main package");
  EXPECT_EQ(d.format(), "runtime.main_main·f: function main is undeclared in the main package\n");
}

}  // namespace
}  // namespace goro::lang
