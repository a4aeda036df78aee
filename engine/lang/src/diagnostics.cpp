#include "goro/lang/diagnostics.h"

#include <algorithm>
#include <iterator>

namespace goro::lang {

namespace {
bool is_syntax(const Diagnostic& d) { return d.message.rfind("syntax error", 0) == 0; }
}  // namespace

void Diagnostics::error(Pos pos, std::string message) { list_.push_back({pos, std::move(message), false}); }

void Diagnostics::raw_error(std::string message) { list_.push_back({Pos{}, std::move(message), true}); }

std::vector<Diagnostic> Diagnostics::take_from(size_t mark) {
  if (mark >= list_.size()) return {};
  std::vector<Diagnostic> out(std::make_move_iterator(list_.begin() + static_cast<std::ptrdiff_t>(mark)),
                              std::make_move_iterator(list_.end()));
  list_.resize(mark);
  return out;
}

void Diagnostics::append(std::vector<Diagnostic> later) {
  for (Diagnostic& d : later) list_.push_back(std::move(d));
}

bool Diagnostics::has_syntax_errors() const {
  return std::any_of(list_.begin(), list_.end(), is_syntax);
}

std::vector<Diagnostic> Diagnostics::kept(size_t limit, const Diagnostic** too_many) const {
  std::vector<Diagnostic> out;
  const Diagnostic* last_syntax = nullptr;
  const Diagnostic* last_other = nullptr;
  *too_many = nullptr;
  for (const Diagnostic& d : list_) {
    if (is_syntax(d)) {
      // only one syntax error per line, no matter what error
      if (last_syntax && last_syntax->pos.line == d.pos.line) continue;
      last_syntax = &d;
    } else {
      // only one of multiple equal non-syntax errors per line
      if (last_other && last_other->pos.line == d.pos.line && last_other->message == d.message) continue;
      last_other = &d;
    }
    out.push_back(d);
    if (out.size() >= limit) {
      *too_many = &d;
      break;
    }
  }
  return out;
}

std::vector<Diagnostic> Diagnostics::sorted(size_t limit) const {
  const Diagnostic* too_many;
  std::vector<Diagnostic> all = kept(limit, &too_many);
  std::stable_sort(all.begin(), all.end(), [](const Diagnostic& a, const Diagnostic& b) { return a.pos < b.pos; });
  std::vector<Diagnostic> out;
  for (const Diagnostic& d : all) {
    if (!out.empty() && out.back().pos == d.pos && out.back().message == d.message && out.back().raw == d.raw) continue;
    out.push_back(d);
  }
  return out;
}

std::string Diagnostics::line(const Diagnostic& d) const {
  if (d.raw) return d.message + "\n";
  return file_ + ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " + d.message + "\n";
}

std::string Diagnostics::format(size_t limit) const {
  std::string out;
  for (const Diagnostic& d : sorted(limit)) out += line(d);
  const Diagnostic* too_many;
  kept(limit, &too_many);
  // gc prints the position of the error that reached the limit.
  if (too_many) out += file_ + ":" + std::to_string(too_many->pos.line) + ":" + std::to_string(too_many->pos.col) + ": too many errors\n";
  return out;
}

}  // namespace goro::lang
