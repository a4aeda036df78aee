// goro/lang/diagnostics.h — source positions and the error list of the Go front end.
//
// Like go/scanner's ErrorList and the gc compiler: errors are reported as `file:line:col: message`,
// sorted by position, at most one per line, and after ten the list ends with "too many errors".
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
};

class Diagnostics {
 public:
  explicit Diagnostics(std::string file) : file_(std::move(file)) {}

  void error(Pos pos, std::string message);
  bool empty() const { return list_.empty(); }
  size_t size() const { return list_.size(); }
  const std::string& file() const { return file_; }
  // per_line: keep only the first error of each line (gc's parser); the type checker's errors are
  // kept one per position instead.
  void set_per_line(bool on) { per_line_ = on; }

  // sorted: by position, one per line (the first reported on a line wins), at most `limit`.
  std::vector<Diagnostic> sorted(size_t limit = 10) const;
  // format: the lines Go prints, each `file:line:col: message`, and "too many errors" past ten.
  std::string format(size_t limit = 10) const;

 private:
  std::string file_;
  std::vector<Diagnostic> list_;
  bool per_line_ = true;
};

}  // namespace goro::lang
