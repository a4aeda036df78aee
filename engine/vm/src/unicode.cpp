// Rune classes by binary search over generated range tables.
#include "unicode.h"

#include <algorithm>
#include <cstdint>
#include <iterator>

#include "goro/lang/scanner.h"

namespace goro::vm::unicode {

namespace {

struct RuneRange {
  uint32_t lo, hi;
};
// A run lo..hi of every stride-th rune sharing the deltas to upper and lower case.
struct CaseRange {
  uint32_t lo, hi;
  int32_t stride, up, low;
};

#include "unicode_tables.inc"

template <size_t N>
bool in(const RuneRange (&table)[N], char32_t r) {
  auto it = std::upper_bound(std::begin(table), std::end(table), r, [](char32_t x, const RuneRange& e) { return x < e.lo; });
  if (it == std::begin(table)) return false;
  --it;
  return r <= it->hi;
}

const CaseRange* case_of(char32_t r) {
  auto it = std::upper_bound(std::begin(kCaseRanges), std::end(kCaseRanges), r, [](char32_t x, const CaseRange& e) { return x < e.lo; });
  if (it == std::begin(kCaseRanges)) return nullptr;
  --it;
  if (r > it->hi || (r - it->lo) % it->stride != 0) return nullptr;
  return &*it;
}

}  // namespace

bool is_print(char32_t r) { return in(kPrintRanges, r); }
bool is_space(char32_t r) { return in(kSpaceRanges, r); }
bool is_letter(char32_t r) { return in(kLetterRanges, r); }
bool is_digit(char32_t r) { return in(kDigitRanges, r); }
bool is_number(char32_t r) { return in(kNumberRanges, r); }
bool is_upper(char32_t r) { return in(kUpperRanges, r); }
bool is_lower(char32_t r) { return in(kLowerRanges, r); }
bool is_punct(char32_t r) { return in(kPunctRanges, r); }
bool is_symbol(char32_t r) { return in(kSymbolRanges, r); }
bool is_mark(char32_t r) { return in(kMarkRanges, r); }

char32_t to_upper(char32_t r) {
  if (r < 0x80) return r >= 'a' && r <= 'z' ? r - 32 : r;
  const CaseRange* c = case_of(r);
  return c ? static_cast<char32_t>(static_cast<int32_t>(r) + c->up) : r;
}

char32_t to_lower(char32_t r) {
  if (r < 0x80) return r >= 'A' && r <= 'Z' ? r + 32 : r;
  const CaseRange* c = case_of(r);
  return c ? static_cast<char32_t>(static_cast<int32_t>(r) + c->low) : r;
}

void append_rune(std::string& out, int64_t r) {
  lang::append_utf8(out, valid_rune(r) ? static_cast<char32_t>(r) : kRuneError);
}

char32_t decode_rune(std::string_view s, size_t i, size_t* width) {
  size_t j = i;
  char32_t r = lang::decode_utf8(s, j);
  *width = j - i;
  return r;
}

size_t rune_count(std::string_view s) {
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++n) lang::decode_utf8(s, i);
  return n;
}

}  // namespace goro::vm::unicode
