// Package strings' natives: searching, splitting, replacing, case mapping and trimming, with Go's
// UTF-8 rules (invalid bytes decode as U+FFFD, one byte at a time). The functions that take a
// func (Map, FieldsFunc, IndexFunc, TrimFunc...) and the types (Builder, Replacer, Reader) are Go
// in the prelude.
#include <algorithm>
#include <cstdint>

#include "lib.h"
#include "unicode.h"

namespace goro::vm::lib {

namespace {

constexpr auto npos = std::string_view::npos;

int64_t idx(size_t p) { return p == npos ? -1 : static_cast<int64_t>(p); }

std::string rune_str(int64_t r) {
  std::string s;
  unicode::append_rune(s, r);
  return s;
}

// index_rune: Go's IndexRune (RuneError matches invalid bytes as well as U+FFFD itself).
int64_t index_rune(std::string_view s, int64_t r) {
  if (r >= 0 && r < 0x80) return idx(s.find(static_cast<char>(r)));
  if (r == unicode::kRuneError) {
    for (size_t i = 0; i < s.size();) {
      size_t w;
      if (unicode::decode_rune(s, i, &w) == unicode::kRuneError) return static_cast<int64_t>(i);
      i += w;
    }
    return -1;
  }
  if (!unicode::valid_rune(r)) return -1;
  return idx(s.find(rune_str(r)));
}

bool contains_rune_in(std::string_view chars, char32_t r) {
  for (size_t i = 0; i < chars.size();) {
    size_t w;
    char32_t c = unicode::decode_rune(chars, i, &w);
    if (c == r) return true;
    i += w;
  }
  return false;
}

int64_t index_any(std::string_view s, std::string_view chars) {
  if (chars.empty()) return -1;
  for (size_t i = 0; i < s.size();) {
    size_t w;
    char32_t r = unicode::decode_rune(s, i, &w);
    if (contains_rune_in(chars, r)) return static_cast<int64_t>(i);
    i += w;
  }
  return -1;
}

int64_t last_index_any(std::string_view s, std::string_view chars) {
  if (chars.empty()) return -1;
  int64_t found = -1;
  for (size_t i = 0; i < s.size();) {
    size_t w;
    char32_t r = unicode::decode_rune(s, i, &w);
    if (contains_rune_in(chars, r)) found = static_cast<int64_t>(i);
    i += w;
  }
  return found;
}

// explode: s as UTF-8 sequences, at most n pieces (n < 0: all).
std::vector<std::string> explode(std::string_view s, int64_t n) {
  std::vector<std::string> out;
  size_t count = unicode::rune_count(s);
  if (n < 0 || n > static_cast<int64_t>(count)) n = static_cast<int64_t>(count);
  size_t i = 0;
  while (static_cast<int64_t>(out.size()) < n - 1 && i < s.size()) {
    size_t w;
    unicode::decode_rune(s, i, &w);
    out.emplace_back(s.substr(i, w));
    i += w;
  }
  if (n > 0) out.emplace_back(s.substr(i));
  return out;
}

// gen_split: Go's genSplit; keep is how much of sep stays with each piece (SplitAfter).
std::vector<std::string> gen_split(std::string_view s, std::string_view sep, size_t keep, int64_t n) {
  std::vector<std::string> out;
  if (n == 0) return out;
  if (sep.empty()) return explode(s, n);
  if (n < 0) {
    int64_t c = 0;
    for (size_t p = s.find(sep); p != npos; p = s.find(sep, p + sep.size())) ++c;
    n = c + 1;
  }
  size_t start = 0;
  while (static_cast<int64_t>(out.size()) < n - 1) {
    size_t p = s.find(sep, start);
    if (p == npos) break;
    out.emplace_back(s.substr(start, p - start + keep));
    start = p + sep.size();
  }
  out.emplace_back(s.substr(start));
  return out;
}

std::string map_runes(std::string_view s, char32_t (*f)(char32_t)) {
  std::string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) {
    size_t w;
    char32_t r = unicode::decode_rune(s, i, &w);
    if (r < 0x80) out += static_cast<char>(f(r));
    else unicode::append_rune(out, f(r));
    i += w;
  }
  return out;
}

bool is_space_at(std::string_view s, size_t i, size_t* w) {
  char32_t r = unicode::decode_rune(s, i, w);
  return unicode::is_space(r);
}

std::string_view trim_left_space(std::string_view s) {
  size_t i = 0, w;
  while (i < s.size() && is_space_at(s, i, &w)) i += w;
  return s.substr(i);
}

// last_rune: the rune ending at s[end) and where it starts.
char32_t last_rune(std::string_view s, size_t end, size_t* start) {
  size_t b = end - 1;
  size_t lim = end >= 4 ? end - 4 : 0;
  while (b > lim && (static_cast<unsigned char>(s[b]) & 0xC0) == 0x80) --b;
  size_t w;
  char32_t r = unicode::decode_rune(s, b, &w);
  if (b + w != end) {
    *start = end - 1;
    return unicode::kRuneError;
  }
  *start = b;
  return r;
}

std::string_view trim_right_space(std::string_view s) {
  size_t end = s.size();
  while (end > 0) {
    size_t start;
    char32_t r = last_rune(s, end, &start);
    if (!unicode::is_space(r)) break;
    end = start;
  }
  return s.substr(0, end);
}

std::string_view trim_left_set(std::string_view s, std::string_view cut) {
  size_t i = 0;
  while (i < s.size()) {
    size_t w;
    char32_t r = unicode::decode_rune(s, i, &w);
    if (!contains_rune_in(cut, r)) break;
    i += w;
  }
  return s.substr(i);
}

std::string_view trim_right_set(std::string_view s, std::string_view cut) {
  size_t end = s.size();
  while (end > 0) {
    size_t start;
    char32_t r = last_rune(s, end, &start);
    if (!contains_rune_in(cut, r)) break;
    end = start;
  }
  return s.substr(0, end);
}

// fold_equal: whether two runes are equal under Unicode simple case folding.
bool fold_equal(char32_t a, char32_t b) {
  if (a == b) return true;
  return unicode::to_lower(a) == unicode::to_lower(b) || unicode::to_upper(a) == unicode::to_upper(b);
}

N s_contains(Interp&, Value* a, int) { a[0] = Value::of_bool(S(a[0]).find(S(a[1])) != npos); return N::Done; }
N s_contains_rune(Interp&, Value* a, int) { a[0] = Value::of_bool(index_rune(S(a[0]), a[1].i) >= 0); return N::Done; }
N s_contains_any(Interp&, Value* a, int) { a[0] = Value::of_bool(index_any(S(a[0]), S(a[1])) >= 0); return N::Done; }
N s_has_prefix(Interp&, Value* a, int) { a[0] = Value::of_bool(S(a[0]).substr(0, S(a[1]).size()) == S(a[1])); return N::Done; }
N s_has_suffix(Interp&, Value* a, int) {
  auto s = S(a[0]), x = S(a[1]);
  a[0] = Value::of_bool(s.size() >= x.size() && s.substr(s.size() - x.size()) == x);
  return N::Done;
}
N s_index(Interp&, Value* a, int) { a[0] = Value::of_int(idx(S(a[0]).find(S(a[1])))); return N::Done; }
N s_last_index(Interp&, Value* a, int) { a[0] = Value::of_int(idx(S(a[0]).rfind(S(a[1])))); return N::Done; }
N s_index_byte(Interp&, Value* a, int) { a[0] = Value::of_int(idx(S(a[0]).find(static_cast<char>(a[1].i)))); return N::Done; }
N s_last_index_byte(Interp&, Value* a, int) { a[0] = Value::of_int(idx(S(a[0]).rfind(static_cast<char>(a[1].i)))); return N::Done; }
N s_index_rune(Interp&, Value* a, int) { a[0] = Value::of_int(index_rune(S(a[0]), a[1].i)); return N::Done; }
N s_index_any(Interp&, Value* a, int) { a[0] = Value::of_int(index_any(S(a[0]), S(a[1]))); return N::Done; }
N s_last_index_any(Interp&, Value* a, int) { a[0] = Value::of_int(last_index_any(S(a[0]), S(a[1]))); return N::Done; }
N s_split(Interp& in, Value* a, int) { a[0] = strings_slice(in, gen_split(S(a[0]), S(a[1]), 0, -1)); return N::Done; }
N s_split_after(Interp& in, Value* a, int) { a[0] = strings_slice(in, gen_split(S(a[0]), S(a[1]), S(a[1]).size(), -1)); return N::Done; }
N s_split_n(Interp& in, Value* a, int) {
  int64_t n = a[2].i;
  a[0] = n == 0 ? Value() : strings_slice(in, gen_split(S(a[0]), S(a[1]), 0, n));
  return N::Done;
}
N s_split_after_n(Interp& in, Value* a, int) {
  int64_t n = a[2].i;
  a[0] = n == 0 ? Value() : strings_slice(in, gen_split(S(a[0]), S(a[1]), S(a[1]).size(), n));
  return N::Done;
}
N s_join(Interp& in, Value* a, int) {
  std::string out;
  auto items = slice_items(a[0]);
  size_t total = items.empty() ? 0 : S(a[1]).size() * (items.size() - 1);
  for (const Value& v : items) total += S(v).size();
  if (!in.reserve(total)) return N::Exit;  // a long separator can make it far bigger than its parts
  out.reserve(total);
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out += S(a[1]);
    out += S(items[i]);
  }
  a[0] = str(in, std::move(out));
  return N::Done;
}
N s_repeat(Interp& in, Value* a, int) {
  int64_t count = a[1].i;
  if (count < 0) return panic_string(in, "strings: negative Repeat count");
  std::string_view s = S(a[0]);
  // Go's check is that len(s)*count does not overflow an int; a result that fits in an int but not
  // in memory is refused by the heap limit before its memory is touched (Go: out of memory).
  if (!s.empty() && count > INT64_MAX / static_cast<int64_t>(s.size()))
    return panic_string(in, "strings: Repeat output length overflow");
  if (!in.reserve(s.size() * static_cast<size_t>(count))) return N::Exit;
  std::string out;
  out.reserve(s.size() * static_cast<size_t>(count));
  for (int64_t i = 0; i < count; ++i) out += s;
  a[0] = str(in, std::move(out));
  return N::Done;
}
N s_replace(Interp& in, Value* a, int) {
  std::string_view s = S(a[0]), from = S(a[1]), to = S(a[2]);
  int64_t n = a[3].i;
  if (from == to || n == 0) return N::Done;  // a[0] is s already
  int64_t m = 0;
  if (from.empty()) m = static_cast<int64_t>(unicode::rune_count(s)) + 1;
  else
    for (size_t p = s.find(from); p != npos; p = s.find(from, p + from.size())) ++m;
  if (m == 0) return N::Done;
  if (n < 0 || m < n) n = m;
  // n copies of `to` may be far bigger than s: within the heap limit or refused before it is made
  size_t grow = to.size() > from.size() ? (to.size() - from.size()) : 0;
  bool huge = grow && static_cast<uint64_t>(n) > (SIZE_MAX - s.size()) / grow;
  if (!in.reserve(huge ? SIZE_MAX : s.size() + static_cast<size_t>(n) * grow)) return N::Exit;
  std::string out;
  size_t start = 0;
  for (int64_t i = 0; i < n; ++i) {
    size_t j = start;
    if (from.empty()) {
      if (i > 0) {
        size_t w;
        unicode::decode_rune(s, start, &w);
        j += w;
      }
    } else {
      j = s.find(from, start);
    }
    out += s.substr(start, j - start);
    out += to;
    start = j + from.size();
  }
  out += s.substr(start);
  a[0] = str(in, std::move(out));
  return N::Done;
}
N s_to_upper(Interp& in, Value* a, int) { a[0] = str(in, map_runes(S(a[0]), unicode::to_upper)); return N::Done; }
N s_to_lower(Interp& in, Value* a, int) { a[0] = str(in, map_runes(S(a[0]), unicode::to_lower)); return N::Done; }
N s_trim_space(Interp& in, Value* a, int) { a[0] = str(in, std::string(trim_right_space(trim_left_space(S(a[0]))))); return N::Done; }
N s_trim(Interp& in, Value* a, int) { a[0] = str(in, std::string(trim_right_set(trim_left_set(S(a[0]), S(a[1])), S(a[1])))); return N::Done; }
N s_trim_left(Interp& in, Value* a, int) { a[0] = str(in, std::string(trim_left_set(S(a[0]), S(a[1])))); return N::Done; }
N s_trim_right(Interp& in, Value* a, int) { a[0] = str(in, std::string(trim_right_set(S(a[0]), S(a[1])))); return N::Done; }
N s_fields(Interp& in, Value* a, int) {
  std::vector<std::string> out;
  std::string_view s = S(a[0]);
  size_t i = 0;
  while (i < s.size()) {
    size_t w;
    while (i < s.size() && is_space_at(s, i, &w)) i += w;
    size_t j = i;
    while (j < s.size() && !is_space_at(s, j, &w)) j += w;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  a[0] = strings_slice(in, out);
  return N::Done;
}
N s_count(Interp&, Value* a, int) {
  std::string_view s = S(a[0]), sub = S(a[1]);
  int64_t n = 0;
  if (sub.empty()) {
    a[0] = Value::of_int(static_cast<int64_t>(unicode::rune_count(s)) + 1);
    return N::Done;
  }
  for (size_t p = s.find(sub); p != npos; p = s.find(sub, p + sub.size())) ++n;
  a[0] = Value::of_int(n);
  return N::Done;
}
N s_equal_fold(Interp&, Value* a, int) {
  std::string_view x = S(a[0]), y = S(a[1]);
  size_t i = 0, j = 0;
  bool eq = true;
  while (eq && i < x.size() && j < y.size()) {
    size_t wx, wy;
    char32_t rx = unicode::decode_rune(x, i, &wx), ry = unicode::decode_rune(y, j, &wy);
    eq = fold_equal(rx, ry);
    i += wx;
    j += wy;
  }
  a[0] = Value::of_bool(eq && i == x.size() && j == y.size());
  return N::Done;
}
N s_compare(Interp&, Value* a, int) {
  int c = S(a[0]).compare(S(a[1]));
  a[0] = Value::of_int(c < 0 ? -1 : c > 0 ? 1 : 0);
  return N::Done;
}
// Title: upper-cases the first letter of each word (a word starts after a separator: anything
// but letters, digits and '_' in ASCII, white space beyond it).
N s_title(Interp& in, Value* a, int) {
  std::string_view s = S(a[0]);
  std::string out;
  char32_t prev = ' ';
  auto separator = [](char32_t r) {
    if (r <= 0x7F) return !((r >= '0' && r <= '9') || (r >= 'a' && r <= 'z') || (r >= 'A' && r <= 'Z') || r == '_');
    if (unicode::is_letter(r) || unicode::is_digit(r)) return false;
    return unicode::is_space(r);
  };
  for (size_t i = 0; i < s.size();) {
    size_t w;
    char32_t r = unicode::decode_rune(s, i, &w);
    unicode::append_rune(out, separator(prev) ? unicode::to_upper(r) : r);
    prev = r;
    i += w;
  }
  a[0] = str(in, std::move(out));
  return N::Done;
}

// ---- unicode/utf8 and unicode
N u8_decode(Interp&, Value* a, int) {
  std::string_view s = S(a[0]);
  if (s.empty()) {
    a[0] = Value::of_int(unicode::kRuneError);
    a[1] = Value::of_int(0);
    return N::Done;
  }
  size_t w;
  a[0] = Value::of_int(unicode::decode_rune(s, 0, &w));
  a[1] = Value::of_int(static_cast<int64_t>(w));
  return N::Done;
}
N u8_decode_last(Interp&, Value* a, int) {
  std::string_view s = S(a[0]);
  if (s.empty()) {
    a[0] = Value::of_int(unicode::kRuneError);
    a[1] = Value::of_int(0);
    return N::Done;
  }
  size_t start;
  a[0] = Value::of_int(last_rune(s, s.size(), &start));
  a[1] = Value::of_int(static_cast<int64_t>(s.size() - start));
  return N::Done;
}
N u8_count(Interp&, Value* a, int) { a[0] = Value::of_int(static_cast<int64_t>(unicode::rune_count(S(a[0])))); return N::Done; }
N u8_valid(Interp&, Value* a, int) {
  std::string_view s = S(a[0]);
  bool ok = true;
  for (size_t i = 0; ok && i < s.size();) {
    size_t w;
    ok = !(unicode::decode_rune(s, i, &w) == unicode::kRuneError && w == 1);
    i += w;
  }
  a[0] = Value::of_bool(ok);
  return N::Done;
}

int64_t rune_arg(const Value& v) { return static_cast<int32_t>(v.i); }
#define RUNE_PRED(name, expr)                                                    \
  N name(Interp&, Value* a, int) {                                               \
    int64_t r = rune_arg(a[0]);                                                  \
    char32_t c = static_cast<char32_t>(r);                                       \
    a[0] = Value::of_bool(unicode::valid_rune(r) && (expr));                     \
    (void)c;                                                                     \
    return N::Done;                                                              \
  }
RUNE_PRED(u_is_letter, unicode::is_letter(c))
RUNE_PRED(u_is_digit, unicode::is_digit(c))
RUNE_PRED(u_is_number, unicode::is_number(c))
RUNE_PRED(u_is_space, unicode::is_space(c))
RUNE_PRED(u_is_upper, unicode::is_upper(c))
RUNE_PRED(u_is_lower, unicode::is_lower(c))
RUNE_PRED(u_is_punct, unicode::is_punct(c))
RUNE_PRED(u_is_symbol, unicode::is_symbol(c))
RUNE_PRED(u_is_mark, unicode::is_mark(c))
RUNE_PRED(u_is_print, unicode::is_print(c))
RUNE_PRED(u_is_control, c <= 0x1F || (c >= 0x7F && c <= 0x9F))
N u_to_upper(Interp&, Value* a, int) {
  int64_t r = rune_arg(a[0]);
  a[0] = Value::of_int(unicode::valid_rune(r) ? unicode::to_upper(static_cast<char32_t>(r)) : r);
  return N::Done;
}
N u_to_lower(Interp&, Value* a, int) {
  int64_t r = rune_arg(a[0]);
  a[0] = Value::of_int(unicode::valid_rune(r) ? unicode::to_lower(static_cast<char32_t>(r)) : r);
  return N::Done;
}

const NativeEntry kStrings[] = {
    {"utf8.DecodeRuneInString", u8_decode},
    {"utf8.DecodeLastRuneInString", u8_decode_last},
    {"utf8.RuneCountInString", u8_count},
    {"utf8.ValidString", u8_valid},
    {"unicode.IsLetter", u_is_letter},
    {"unicode.IsDigit", u_is_digit},
    {"unicode.IsNumber", u_is_number},
    {"unicode.IsSpace", u_is_space},
    {"unicode.IsUpper", u_is_upper},
    {"unicode.IsLower", u_is_lower},
    {"unicode.IsPunct", u_is_punct},
    {"unicode.IsSymbol", u_is_symbol},
    {"unicode.IsMark", u_is_mark},
    {"unicode.IsPrint", u_is_print},
    {"unicode.IsControl", u_is_control},
    {"unicode.ToUpper", u_to_upper},
    {"unicode.ToLower", u_to_lower},
    {"strings.Contains", s_contains},
    {"strings.ContainsRune", s_contains_rune},
    {"strings.ContainsAny", s_contains_any},
    {"strings.HasPrefix", s_has_prefix},
    {"strings.HasSuffix", s_has_suffix},
    {"strings.Index", s_index},
    {"strings.LastIndex", s_last_index},
    {"strings.IndexByte", s_index_byte},
    {"strings.LastIndexByte", s_last_index_byte},
    {"strings.IndexRune", s_index_rune},
    {"strings.IndexAny", s_index_any},
    {"strings.LastIndexAny", s_last_index_any},
    {"strings.Split", s_split},
    {"strings.SplitN", s_split_n},
    {"strings.SplitAfter", s_split_after},
    {"strings.SplitAfterN", s_split_after_n},
    {"strings.Join", s_join},
    {"strings.Repeat", s_repeat},
    {"strings.Replace", s_replace},
    {"strings.ToUpper", s_to_upper},
    {"strings.ToLower", s_to_lower},
    {"strings.TrimSpace", s_trim_space},
    {"strings.Trim", s_trim},
    {"strings.TrimLeft", s_trim_left},
    {"strings.TrimRight", s_trim_right},
    {"strings.Fields", s_fields},
    {"strings.Count", s_count},
    {"strings.EqualFold", s_equal_fold},
    {"strings.Compare", s_compare},
    {"strings.Title", s_title},
};

}  // namespace

std::span<const NativeEntry> strings_natives() { return kStrings; }

}  // namespace goro::vm::lib
