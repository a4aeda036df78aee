#include "goro/lang/diagnostics.h"

#include <algorithm>

namespace goro::lang {

void Diagnostics::error(Pos pos, std::string message) { list_.push_back({pos, std::move(message)}); }

std::vector<Diagnostic> Diagnostics::sorted(size_t limit) const {
  std::vector<Diagnostic> all = list_;
  std::stable_sort(all.begin(), all.end(), [](const Diagnostic& a, const Diagnostic& b) { return a.pos < b.pos; });
  std::vector<Diagnostic> out;
  for (const Diagnostic& d : all) {
    // One per line for syntax errors, as gc's parser; the type checker reports each position once.
    if (!out.empty() && (per_line_ ? out.back().pos.line == d.pos.line : out.back().pos == d.pos)) continue;
    out.push_back(d);
    if (out.size() == limit + 1) break;
  }
  return out;
}

std::string Diagnostics::format(size_t limit) const {
  std::string out;
  auto list = sorted(limit);
  for (size_t k = 0; k < list.size() && k < limit; ++k) {
    const Diagnostic& d = list[k];
    out += file_ + ":" + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " + d.message + "\n";
  }
  // gc repeats the last printed error's position on its "too many errors" line.
  if (list.size() > limit) out += file_ + ":" + std::to_string(list[limit - 1].pos.line) + ":" +
                                  std::to_string(list[limit - 1].pos.col) + ": too many errors\n";
  return out;
}

}  // namespace goro::lang
