// Package strconv's natives. Parsing natives return the value and the reason of a failure
// ("" when none); the prelude wraps a reason in Go's *NumError with ErrSyntax or ErrRange.
#include "lib.h"
#include "strconv.h"
#include "unicode.h"

namespace goro::vm::lib {

namespace {

N sc_parse_int(Interp& in, Value* a, int) {
  int64_t v;
  std::string why = strconv::parse_int(S(a[0]), static_cast<int>(a[1].i), static_cast<int>(a[2].i), &v);
  a[0] = Value::of_int(v);
  a[1] = str(in, why);
  return N::Done;
}
N sc_parse_uint(Interp& in, Value* a, int) {
  uint64_t v;
  std::string why = strconv::parse_uint(S(a[0]), static_cast<int>(a[1].i), static_cast<int>(a[2].i), &v);
  a[0].u = v;
  a[1] = str(in, why);
  return N::Done;
}
N sc_parse_float(Interp& in, Value* a, int) {
  double v;
  int bits = static_cast<int>(a[1].i);
  std::string why = strconv::parse_float(S(a[0]), bits == 32 ? 32 : 64, &v);
  a[0] = Value::of_float(v);
  a[1] = str(in, why);
  return N::Done;
}
N sc_format_int(Interp& in, Value* a, int) {
  int base = static_cast<int>(a[1].i);
  if (base < 2 || base > 36) return panic_string(in, "strconv: illegal AppendInt/FormatInt base");
  a[0] = str(in, strconv::format_int(a[0].i, base));
  return N::Done;
}
N sc_format_uint(Interp& in, Value* a, int) {
  int base = static_cast<int>(a[1].i);
  if (base < 2 || base > 36) return panic_string(in, "strconv: illegal AppendInt/FormatInt base");
  a[0] = str(in, strconv::format_uint(a[0].u, base));
  return N::Done;
}
N sc_itoa(Interp& in, Value* a, int) {
  a[0] = str(in, std::to_string(a[0].i));
  return N::Done;
}
N sc_format_float(Interp& in, Value* a, int) {
  int bits = static_cast<int>(a[3].i);
  if (bits != 32 && bits != 64) return panic_string(in, "strconv: illegal AppendFloat/FormatFloat bitSize");
  // the digits a precision asks for are made at once (FormatFloat(x, 'f', 1<<30, 64) is a GiB)
  if (a[2].i > 0 && !in.reserve(static_cast<size_t>(a[2].i) + 1100)) return N::Exit;
  a[0] = str(in, strconv::format_float(a[0].f, static_cast<char>(a[1].i), static_cast<int>(a[2].i), bits));
  return N::Done;
}
N sc_quote(Interp& in, Value* a, int) { a[0] = str(in, strconv::quote(S(a[0]))); return N::Done; }
N sc_quote_ascii(Interp& in, Value* a, int) { a[0] = str(in, strconv::quote(S(a[0]), true)); return N::Done; }
N sc_quote_rune(Interp& in, Value* a, int) { a[0] = str(in, strconv::quote_rune(static_cast<int32_t>(a[0].i))); return N::Done; }
N sc_quote_rune_ascii(Interp& in, Value* a, int) { a[0] = str(in, strconv::quote_rune(static_cast<int32_t>(a[0].i), true)); return N::Done; }
N sc_can_backquote(Interp&, Value* a, int) { a[0] = Value::of_bool(strconv::can_backquote(S(a[0]))); return N::Done; }
N sc_is_print(Interp&, Value* a, int) {
  int64_t r = static_cast<int32_t>(a[0].i);
  a[0] = Value::of_bool(unicode::valid_rune(r) && unicode::is_print(static_cast<char32_t>(r)));
  return N::Done;
}

// unquote_char: one character of a quoted literal at s[i] (Go's UnquoteChar); false on bad syntax.
bool unquote_char(std::string_view s, size_t& i, char quote, std::string& out) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c == static_cast<unsigned char>(quote) && (quote == '\'' || quote == '"')) return false;
  if (c >= 0x80) {
    size_t w;
    char32_t r = unicode::decode_rune(s, i, &w);
    out.append(s.substr(i, w));
    i += w;
    return r != unicode::kRuneError || w != 1 || true;
  }
  if (c != '\\') {
    out += static_cast<char>(c);
    ++i;
    return true;
  }
  if (i + 1 >= s.size()) return false;
  char e = s[i + 1];
  i += 2;
  auto hexval = [](char h) {
    if (h >= '0' && h <= '9') return h - '0';
    if (h >= 'a' && h <= 'f') return h - 'a' + 10;
    if (h >= 'A' && h <= 'F') return h - 'A' + 10;
    return -1;
  };
  switch (e) {
    case 'a': out += '\a'; return true;
    case 'b': out += '\b'; return true;
    case 'f': out += '\f'; return true;
    case 'n': out += '\n'; return true;
    case 'r': out += '\r'; return true;
    case 't': out += '\t'; return true;
    case 'v': out += '\v'; return true;
    case 'x': case 'u': case 'U': {
      int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
      if (i + static_cast<size_t>(n) > s.size()) return false;
      int64_t v = 0;
      for (int k = 0; k < n; ++k) {
        int d = hexval(s[i + static_cast<size_t>(k)]);
        if (d < 0) return false;
        v = v * 16 + d;
      }
      i += static_cast<size_t>(n);
      if (e == 'x') {
        out += static_cast<char>(v);
        return true;
      }
      if (!unicode::valid_rune(v)) return false;
      unicode::append_rune(out, v);
      return true;
    }
    case '0': case '1': case '2': case '3': case '4': case '5': case '6': case '7': {
      int64_t v = e - '0';
      if (i + 2 > s.size()) return false;
      for (int k = 0; k < 2; ++k) {
        char d = s[i + static_cast<size_t>(k)];
        if (d < '0' || d > '7') return false;
        v = v * 8 + (d - '0');
      }
      i += 2;
      if (v > 255) return false;
      out += static_cast<char>(v);
      return true;
    }
    case '\\': out += '\\'; return true;
    case '\'': case '"':
      if (e != quote) return false;
      out += e;
      return true;
    default: return false;
  }
}

N sc_unquote(Interp& in, Value* a, int) {
  std::string_view s = S(a[0]);
  auto fail = [&] {
    a[0] = Value();
    a[1] = Value::of_bool(false);
    return N::Done;
  };
  if (s.size() < 2 || s.front() != s.back()) return fail();
  char q = s.front();
  std::string_view body = s.substr(1, s.size() - 2);
  std::string out;
  if (q == '`') {
    if (body.find('`') != std::string_view::npos) return fail();
    for (char c : body)
      if (c != '\r') out += c;
  } else if (q == '"' || q == '\'') {
    if (body.find('\n') != std::string_view::npos) return fail();
    size_t i = 0;
    int runes = 0;
    while (i < body.size()) {
      if (!unquote_char(body, i, q, out)) return fail();
      ++runes;
    }
    if (q == '\'' && runes != 1) return fail();
  } else {
    return fail();
  }
  a[0] = str(in, std::move(out));
  a[1] = Value::of_bool(true);
  return N::Done;
}

const NativeEntry kStrconv[] = {
    {"strconv.__parseInt", sc_parse_int},
    {"strconv.__parseUint", sc_parse_uint},
    {"strconv.__parseFloat", sc_parse_float},
    {"strconv.__unquote", sc_unquote},
    {"strconv.Itoa", sc_itoa},
    {"strconv.FormatInt", sc_format_int},
    {"strconv.FormatUint", sc_format_uint},
    {"strconv.FormatFloat", sc_format_float},
    {"strconv.Quote", sc_quote},
    {"strconv.QuoteToASCII", sc_quote_ascii},
    {"strconv.QuoteRune", sc_quote_rune},
    {"strconv.QuoteRuneToASCII", sc_quote_rune_ascii},
    {"strconv.CanBackquote", sc_can_backquote},
    {"strconv.IsPrint", sc_is_print},
};

}  // namespace

std::span<const NativeEntry> strconv_natives() { return kStrconv; }

}  // namespace goro::vm::lib
