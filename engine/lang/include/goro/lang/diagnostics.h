// goro/lang/diagnostics.h — source positions and the error list of the Go front end.
//
// Errors are kept in the order they are reported and printed the way gc prints them (Go 1.19's
// cmd/compile/internal/base): a syntax error is dropped when another syntax error was reported
// on its line before, any other error when the previous one was on the same line with the same
// text; the tenth error kept ends the list with "too many errors" at its position; what is kept
// is printed sorted by position as `file:line:col: message`, exact repeats once.
//
//   goro::lang::Diagnostics d("main.go");
//   d.error({3, 5}, "undefined: x");
//   d.format();   // "main.go:3:5: undefined: x\n"
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace goro::lang {

// Pos: 1-based line and column; columns count bytes, as Go's compiler does.
struct Pos {
  uint32_t line = 0;
  uint32_t col = 0;
  bool valid() const { return line > 0; }
  auto operator<=>(const Pos&) const = default;
};

struct Diagnostic {
  Pos pos;
  std::string message;
  bool raw = false;  // printed as is, without "file:line:col: " (the linker's messages)
};

class Diagnostics {
 public:
  explicit Diagnostics(std::string file) : file_(std::move(file)) {}

  void error(Pos pos, std::string message);
  // raw_error: a message without a source position, printed as is (e.g. the linker's
  // "runtime.main_main·f: function main is undeclared in the main package").
  void raw_error(std::string message);
  bool empty() const { return list_.empty(); }
  size_t size() const { return list_.size(); }
  const std::string& file() const { return file_; }
  // has_syntax_errors: some error is a "syntax error: ..." (gc then stops after parsing).
  bool has_syntax_errors() const;
  // fatal: nothing after these errors is checked (the go command stopped before the compiler).
  void set_fatal() { fatal_ = true; }
  bool fatal() const { return fatal_; }
  // take_from / append: the checker reports some errors later than it finds them (types2 checks
  // a function literal's body at the end of the statement holding it): it takes the errors
  // reported since `mark` out of the list and appends them back when Go would report them.
  std::vector<Diagnostic> take_from(size_t mark);
  void append(std::vector<Diagnostic> later);
  // all: every error in report order, unfiltered.
  const std::vector<Diagnostic>& all() const { return list_; }

  // sorted: what gc prints, in print order (at most `limit`; see the file comment).
  std::vector<Diagnostic> sorted(size_t limit = 10) const;
  // format: the lines Go prints, each `file:line:col: message`, and "too many errors" past ten.
  std::string format(size_t limit = 10) const;

 private:
  // kept: the errors gc keeps, in report order; *too_many is set to the position of the last one
  // when the limit was reached.
  std::vector<Diagnostic> kept(size_t limit, const Diagnostic** too_many) const;
  std::string line(const Diagnostic& d) const;
  std::string file_;
  std::vector<Diagnostic> list_;
  bool fatal_ = false;
};

}  // namespace goro::lang
