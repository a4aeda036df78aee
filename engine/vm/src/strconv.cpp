// Go's strconv algorithms. Decimal digits come from the C library, which rounds correctly (as Go
// does); the layout of each format (exponent digits, %g's choice of form, hex floats) is Go's.
#include "strconv.h"

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "unicode.h"

namespace goro::vm::strconv {

namespace {

const char kLowerHex[] = "0123456789abcdef";
const char kUpperHex[] = "0123456789ABCDEF";

// Decimal: the digits of |f| without trailing zeros, and the decimal point position: |f| is
// 0.d1d2d3... * 10^dp. Zero has no digits.
struct Decimal {
  std::string d;
  int dp = 0;
};

bool reads_back(const char* s, double f, int bits) {
  if (bits == 32) return std::strtof(s, nullptr) == static_cast<float>(f);
  return std::strtod(s, nullptr) == f;
}

// from_e parses "d.ddde±x" (as printed by %.*e) into a Decimal.
Decimal from_e(const char* s) {
  Decimal r;
  const char* p = s;
  for (; *p && *p != 'e'; ++p)
    if (*p >= '0' && *p <= '9') r.d += *p;
  int exp = *p == 'e' ? std::atoi(p + 1) : 0;
  r.dp = exp + 1;
  while (!r.d.empty() && r.d.back() == '0') r.d.pop_back();
  if (r.d.empty()) r.dp = 0;
  return r;
}

// n_digits: |f| rounded to n significant digits.
Decimal n_digits(double f, int n) {
  std::string buf(static_cast<size_t>(n) + 32, '\0');
  std::snprintf(buf.data(), buf.size(), "%.*e", n - 1, std::fabs(f));
  return from_e(buf.c_str());
}

// adjust_last: the n-digit string of s with its last digit moved by delta, or "" if that changes
// the number of digits.
std::string adjust_last(std::string s, int delta) {
  int i = static_cast<int>(s.size()) - 1;
  if (delta > 0) {
    while (i >= 0 && s[i] == '9') s[i--] = '0';
    if (i < 0) return "";
    ++s[i];
  } else {
    while (i >= 0 && s[i] == '0') s[i--] = '9';
    if (i < 0 || (i == 0 && s[0] == '1' && s.size() > 1)) return "";
    --s[i];
  }
  return s;
}

// shortest: the fewest digits that read back as f; among several, the closest to f.
Decimal shortest(double f, int bits) {
  double a = std::fabs(f);
  if (a == 0) return {};
  char buf[128];
  for (int n = 1; n <= 17; ++n) {
    std::snprintf(buf, sizeof buf, "%.*e", n - 1, a);
    if (reads_back(buf, a, bits)) return from_e(buf);
    // The correctly rounded n digits may miss the interval that reads back when it is lopsided
    // (just above a power of two); a neighbour may still be inside it.
    const char* e = std::strchr(buf, 'e');
    std::string digits;
    for (const char* p = buf; p < e; ++p)
      if (*p != '.') digits += *p;
    int exp = std::atoi(e + 1);
    for (int delta : {-1, 1}) {
      std::string alt = adjust_last(digits, delta);
      if (alt.empty()) continue;
      std::string s = alt.substr(0, 1) + (alt.size() > 1 ? "." + alt.substr(1) : "") + "e" + std::to_string(exp);
      if (reads_back(s.c_str(), a, bits)) return from_e(s.c_str());
    }
  }
  std::snprintf(buf, sizeof buf, "%.16e", a);
  return from_e(buf);
}

void put_exp(std::string& out, char e, int exp) {
  out += e;
  out += exp < 0 ? '-' : '+';
  if (exp < 0) exp = -exp;
  if (exp < 10) out += '0';
  out += std::to_string(exp);
}

// fmt_e: d.ddddde±dd with prec digits after the point.
std::string fmt_e(bool neg, const Decimal& d, int prec, char e) {
  std::string out = neg ? "-" : "";
  out += d.d.empty() ? '0' : d.d[0];
  if (prec > 0) {
    out += '.';
    for (int i = 1; i <= prec; ++i) out += i < static_cast<int>(d.d.size()) ? d.d[i] : '0';
  }
  put_exp(out, e, d.d.empty() ? 0 : d.dp - 1);
  return out;
}

// fmt_f: ddd.ddd with prec digits after the point.
std::string fmt_f(bool neg, const Decimal& d, int prec) {
  std::string out = neg ? "-" : "";
  int nd = static_cast<int>(d.d.size());
  if (d.dp > 0) {
    for (int i = 0; i < d.dp; ++i) out += i < nd ? d.d[i] : '0';
  } else {
    out += '0';
  }
  if (prec > 0) {
    out += '.';
    for (int i = 1; i <= prec; ++i) {
      int j = d.dp + i - 1;
      out += j >= 0 && j < nd ? d.d[j] : '0';
    }
  }
  return out;
}

// fmt_x: Go's %x of a float: -0x1.yyyyp±dd, prec hex digits after the point (-1: as needed).
std::string fmt_x(double f, int prec, char fmt, int bits) {
  uint64_t mant;
  int exp;
  int mantbits;
  bool neg;
  if (bits == 32) {
    float g = static_cast<float>(f);
    uint32_t b;
    std::memcpy(&b, &g, sizeof b);
    neg = b >> 31;
    exp = static_cast<int>((b >> 23) & 0xFF);
    mant = b & ((1u << 23) - 1);
    mantbits = 23;
    if (exp == 0) exp++;
    else mant |= 1ull << 23;
    exp += -127;
  } else {
    uint64_t b;
    std::memcpy(&b, &f, sizeof b);
    neg = b >> 63;
    exp = static_cast<int>((b >> 52) & 0x7FF);
    mant = b & ((1ull << 52) - 1);
    mantbits = 52;
    if (exp == 0) exp++;
    else mant |= 1ull << 52;
    exp += -1023;
  }
  if (mant == 0) exp = 0;
  // Put the leading 1 (if any) at bit 60.
  mant <<= 60 - mantbits;
  while (mant != 0 && (mant & (1ull << 60)) == 0) {
    mant <<= 1;
    exp--;
  }
  if (prec >= 0 && prec < 15) {
    unsigned shift = static_cast<unsigned>(prec * 4);
    uint64_t extra = (mant << shift) & ((1ull << 60) - 1);
    mant >>= 60 - shift;
    if ((extra | (mant & 1)) > (1ull << 59)) mant++;
    mant <<= 60 - shift;
    if (mant & (1ull << 61)) {
      mant >>= 1;
      exp++;
    }
  }
  const char* hex = fmt == 'X' ? kUpperHex : kLowerHex;
  std::string out = neg ? "-" : "";
  out += '0';
  out += fmt;
  out += static_cast<char>('0' + ((mant >> 60) & 1));
  mant <<= 4;
  if (prec < 0 && mant != 0) {
    out += '.';
    while (mant != 0) {
      out += hex[(mant >> 60) & 15];
      mant <<= 4;
    }
  } else if (prec > 0) {
    out += '.';
    for (int i = 0; i < prec; ++i) {
      out += hex[(mant >> 60) & 15];
      mant <<= 4;
    }
  }
  put_exp(out, fmt == 'X' ? 'P' : 'p', exp);
  return out;
}

// fmt_b: Go's %b of a float: -ddddp±ddd (the binary mantissa in decimal, the binary exponent).
std::string fmt_b(double f, int bits) {
  uint64_t mant;
  int exp;
  bool neg;
  if (bits == 32) {
    float g = static_cast<float>(f);
    uint32_t b;
    std::memcpy(&b, &g, sizeof b);
    neg = b >> 31;
    exp = static_cast<int>((b >> 23) & 0xFF);
    mant = b & ((1u << 23) - 1);
    if (exp == 0) exp++;
    else mant |= 1ull << 23;
    exp += -127 - 23;
  } else {
    uint64_t b;
    std::memcpy(&b, &f, sizeof b);
    neg = b >> 63;
    exp = static_cast<int>((b >> 52) & 0x7FF);
    mant = b & ((1ull << 52) - 1);
    if (exp == 0) exp++;
    else mant |= 1ull << 52;
    exp += -1023 - 52;
  }
  return std::string(neg ? "-" : "") + std::to_string(mant) + "p" + (exp >= 0 ? "+" : "") + std::to_string(exp);
}

}  // namespace

std::string format_float(double f, char fmt, int prec, int bits) {
  if (bits == 32) f = static_cast<float>(f);
  if (std::isnan(f)) return "NaN";
  if (std::isinf(f)) return f > 0 ? "+Inf" : "-Inf";
  bool neg = std::signbit(f);
  switch (fmt) {
    case 'b': return fmt_b(f, bits);
    case 'x': case 'X': return fmt_x(f, prec, fmt, bits);
    case 'f': case 'F':
      if (prec >= 0) {
        prec = std::min(prec, 100000);
        std::string buf(static_cast<size_t>(prec) + 340, '\0');
        int n = std::snprintf(buf.data(), buf.size(), "%.*f", prec, f);
        buf.resize(static_cast<size_t>(n));
        return buf;
      } else {
        Decimal d = shortest(f, bits);
        return fmt_f(neg, d, std::max(static_cast<int>(d.d.size()) - d.dp, 0));
      }
    case 'e': case 'E':
      if (prec >= 0) {
        prec = std::min(prec, 100000);
        std::string buf(static_cast<size_t>(prec) + 32, '\0');
        int n = std::snprintf(buf.data(), buf.size(), fmt == 'e' ? "%.*e" : "%.*E", prec, f);
        buf.resize(static_cast<size_t>(n));
        return buf;
      } else {
        Decimal d = shortest(f, bits);
        return fmt_e(neg, d, static_cast<int>(d.d.size()) - 1, fmt);
      }
    case 'g': case 'G': {
      bool is_shortest = prec < 0;
      Decimal d;
      if (is_shortest) {
        d = shortest(f, bits);
        prec = static_cast<int>(d.d.size());
      } else {
        if (prec == 0) prec = 1;
        d = n_digits(f, std::min(prec, 100000));
      }
      int nd = static_cast<int>(d.d.size());
      int eprec = prec;
      if (eprec > nd && nd >= d.dp) eprec = nd;
      if (is_shortest) eprec = 6;
      int exp = d.dp - 1;
      if (d.d.empty()) exp = -1;  // zero prints as 0
      char e = fmt == 'g' ? 'e' : 'E';
      if (exp < -4 || exp >= eprec) {
        if (prec > nd) prec = nd;
        return fmt_e(neg, d, prec - 1, e);
      }
      if (prec > d.dp) prec = nd;
      return fmt_f(neg, d, std::max(prec - d.dp, 0));
    }
    default:
      return std::string("%") + fmt;
  }
}

std::string print_float(double v) {
  if (v != v) return "NaN";
  if (v + v == v && v > 0) return "+Inf";
  if (v + v == v && v < 0) return "-Inf";
  constexpr int n = 7;
  char buf[n + 7];
  buf[0] = '+';
  int e = 0;
  if (v == 0) {
    if (std::signbit(v)) buf[0] = '-';
  } else {
    if (v < 0) {
      v = -v;
      buf[0] = '-';
    }
    // normalise to [1, 10) and round at the seventh digit, by repeated division as Go does
    while (v >= 10) {
      e++;
      v /= 10;
    }
    while (v < 1) {
      e--;
      v *= 10;
    }
    double h = 5.0;
    for (int i = 0; i < n; i++) h /= 10;
    v += h;
    if (v >= 10) {
      e++;
      v /= 10;
    }
  }
  for (int i = 0; i < n; i++) {
    int d = static_cast<int>(v);
    buf[i + 2] = static_cast<char>(d + '0');
    v -= d;
    v *= 10;
  }
  buf[1] = buf[2];
  buf[2] = '.';
  buf[n + 2] = 'e';
  buf[n + 3] = '+';
  if (e < 0) {
    e = -e;
    buf[n + 3] = '-';
  }
  buf[n + 4] = static_cast<char>(e / 100 + '0');
  buf[n + 5] = static_cast<char>(e / 10 % 10 + '0');
  buf[n + 6] = static_cast<char>(e % 10 + '0');
  return std::string(buf, sizeof buf);
}

namespace {

void append_escaped_rune(std::string& out, char32_t r, char quote_ch, bool ascii_only) {
  if (r == static_cast<char32_t>(quote_ch) || r == '\\') {
    out += '\\';
    out += static_cast<char>(r);
    return;
  }
  if (ascii_only) {
    if (r < 0x80 && unicode::is_print(r)) {
      out += static_cast<char>(r);
      return;
    }
  } else if (unicode::is_print(r)) {
    unicode::append_rune(out, r);
    return;
  }
  switch (r) {
    case '\a': out += "\\a"; return;
    case '\b': out += "\\b"; return;
    case '\f': out += "\\f"; return;
    case '\n': out += "\\n"; return;
    case '\r': out += "\\r"; return;
    case '\t': out += "\\t"; return;
    case '\v': out += "\\v"; return;
    default: break;
  }
  char buf[16];
  if (r < ' ' || r == 0x7F) {
    std::snprintf(buf, sizeof buf, "\\x%02x", static_cast<unsigned>(r));
  } else {
    if (!unicode::valid_rune(r)) r = unicode::kRuneError;
    if (r < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(r));
    else std::snprintf(buf, sizeof buf, "\\U%08x", static_cast<unsigned>(r));
  }
  out += buf;
}

}  // namespace

std::string quote(std::string_view s, bool ascii_only) {
  std::string out = "\"";
  for (size_t i = 0; i < s.size();) {
    size_t w;
    char32_t r = unicode::decode_rune(s, i, &w);
    if (w == 1 && r == unicode::kRuneError) {
      unsigned char c = static_cast<unsigned char>(s[i]);
      out += "\\x";
      out += kLowerHex[c >> 4];
      out += kLowerHex[c & 15];
    } else {
      append_escaped_rune(out, r, '"', ascii_only);
    }
    i += w;
  }
  return out + "\"";
}

std::string quote_rune(int64_t r, bool ascii_only) {
  std::string out = "'";
  append_escaped_rune(out, unicode::valid_rune(r) ? static_cast<char32_t>(r) : unicode::kRuneError, '\'', ascii_only);
  return out + "'";
}

bool can_backquote(std::string_view s) {
  for (size_t i = 0; i < s.size();) {
    size_t w;
    char32_t r = unicode::decode_rune(s, i, &w);
    i += w;
    if (w > 1) {
      if (r == 0xFEFF) return false;
      continue;
    }
    if (r == unicode::kRuneError) return false;
    if ((r < ' ' && r != '\t') || r == '`' || r == 0x7F) return false;
  }
  return true;
}

std::string format_uint(uint64_t u, int base) {
  static const char digits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  if (base < 2 || base > 36) base = 10;
  std::string s;
  do {
    s.insert(s.begin(), digits[u % static_cast<unsigned>(base)]);
    u /= static_cast<unsigned>(base);
  } while (u);
  return s;
}

std::string format_int(int64_t i, int base) {
  if (i < 0) return "-" + format_uint(0 - static_cast<uint64_t>(i), base);
  return format_uint(static_cast<uint64_t>(i), base);
}

namespace {

char lower(char c) { return static_cast<char>(c | 0x20); }

// underscore_ok: underscores only between digits, or between a base prefix and a digit.
bool underscore_ok(std::string_view s) {
  char saw = '^';
  size_t i = 0;
  if (!s.empty() && (s[0] == '-' || s[0] == '+')) s.remove_prefix(1);
  bool hex = false;
  if (s.size() >= 2 && s[0] == '0' && (lower(s[1]) == 'b' || lower(s[1]) == 'o' || lower(s[1]) == 'x')) {
    i = 2;
    saw = '0';
    hex = lower(s[1]) == 'x';
  }
  for (; i < s.size(); ++i) {
    if ((s[i] >= '0' && s[i] <= '9') || (hex && lower(s[i]) >= 'a' && lower(s[i]) <= 'f')) {
      saw = '0';
      continue;
    }
    if (s[i] == '_') {
      if (saw != '0') return false;
      saw = '_';
      continue;
    }
    if (saw == '_') return false;
    saw = '!';
  }
  return saw != '_';
}

}  // namespace

std::string parse_uint(std::string_view s, int base, int bits, uint64_t* out) {
  *out = 0;
  if (s.empty()) return "invalid syntax";
  bool base0 = base == 0;
  std::string_view s0 = s;
  if (base == 0) {
    base = 10;
    if (s[0] == '0') {
      if (s.size() >= 3 && lower(s[1]) == 'b') base = 2, s.remove_prefix(2);
      else if (s.size() >= 3 && lower(s[1]) == 'o') base = 8, s.remove_prefix(2);
      else if (s.size() >= 3 && lower(s[1]) == 'x') base = 16, s.remove_prefix(2);
      else base = 8, s.remove_prefix(1);
    }
  } else if (base < 2 || base > 36) {
    return "invalid base " + std::to_string(base);
  }
  if (bits == 0) bits = 64;
  else if (bits < 0 || bits > 64) return "invalid bit size " + std::to_string(bits);
  uint64_t cutoff = UINT64_MAX / static_cast<uint64_t>(base) + 1;
  uint64_t max_val = bits == 64 ? UINT64_MAX : (uint64_t{1} << bits) - 1;
  bool underscores = false;
  uint64_t n = 0;
  for (char c : s) {
    int d;
    if (c == '_' && base0) {
      underscores = true;
      continue;
    } else if (c >= '0' && c <= '9') {
      d = c - '0';
    } else if (lower(c) >= 'a' && lower(c) <= 'z') {
      d = lower(c) - 'a' + 10;
    } else {
      return "invalid syntax";
    }
    if (d >= base) return "invalid syntax";
    if (n >= cutoff) {
      *out = max_val;
      return "value out of range";
    }
    n *= static_cast<uint64_t>(base);
    uint64_t n1 = n + static_cast<uint64_t>(d);
    if (n1 < n || n1 > max_val) {
      *out = max_val;
      return "value out of range";
    }
    n = n1;
  }
  if (underscores && !underscore_ok(s0)) return "invalid syntax";
  *out = n;
  return "";
}

std::string parse_int(std::string_view s, int base, int bits, int64_t* out) {
  *out = 0;
  if (s.empty()) return "invalid syntax";
  bool neg = false;
  if (s[0] == '+') s.remove_prefix(1);
  else if (s[0] == '-') neg = true, s.remove_prefix(1);
  uint64_t un;
  std::string why = parse_uint(s, base, bits, &un);
  if (!why.empty() && why != "value out of range") return why;
  if (bits == 0) bits = 64;
  uint64_t cutoff = uint64_t{1} << (bits - 1);
  if (!neg && un >= cutoff) {
    *out = static_cast<int64_t>(cutoff - 1);
    return "value out of range";
  }
  if (neg && un > cutoff) {
    *out = -static_cast<int64_t>(cutoff - 1) - 1;
    return "value out of range";
  }
  *out = neg ? -static_cast<int64_t>(un) : static_cast<int64_t>(un);
  return "";
}

namespace {

bool equal_fold_ascii(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

// float_syntax_ok: Go's float literal grammar (decimal or hex mantissa, optional exponent,
// underscores between digits), which is stricter than strtod's.
bool float_syntax_ok(std::string_view s, bool* hex) {
  size_t i = 0;
  if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
  *hex = false;
  if (i + 1 < s.size() && s[i] == '0' && lower(s[i + 1]) == 'x') {
    *hex = true;
    i += 2;
  }
  bool digits = false, underscores = false;
  bool dot = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (c == '_') {
      underscores = true;
      continue;
    }
    if (c == '.') {
      if (dot) return false;
      dot = true;
      continue;
    }
    if ((c >= '0' && c <= '9') || (*hex && lower(c) >= 'a' && lower(c) <= 'f')) {
      digits = true;
      continue;
    }
    break;
  }
  if (!digits) return false;
  if (i < s.size() && lower(s[i]) == (*hex ? 'p' : 'e')) {
    ++i;
    if (i < s.size() && (s[i] == '+' || s[i] == '-')) ++i;
    bool exp_digits = false;
    for (; i < s.size() && ((s[i] >= '0' && s[i] <= '9') || s[i] == '_'); ++i) {
      if (s[i] == '_') underscores = true;
      else exp_digits = true;
    }
    if (!exp_digits) return false;
  } else if (*hex) {
    return false;  // a hex mantissa needs a p exponent
  }
  if (i != s.size()) return false;
  return !underscores || underscore_ok(s);
}

}  // namespace

std::string parse_float(std::string_view s, int bits, double* out) {
  *out = 0;
  std::string_view body = s;
  bool neg = false;
  if (!body.empty() && (body[0] == '+' || body[0] == '-')) {
    neg = body[0] == '-';
    body.remove_prefix(1);
  }
  if (equal_fold_ascii(body, "inf") || equal_fold_ascii(body, "infinity")) {
    *out = neg ? -INFINITY : INFINITY;
    return "";
  }
  if (equal_fold_ascii(body, "nan") && body.size() == s.size()) {
    *out = NAN;
    return "";
  }
  bool hex;
  if (!float_syntax_ok(s, &hex)) return "invalid syntax";
  std::string clean;
  for (char c : s)
    if (c != '_') clean += c;
  errno = 0;
  double v;
  if (bits == 32) {
    float fv = std::strtof(clean.c_str(), nullptr);
    v = fv;
  } else {
    v = std::strtod(clean.c_str(), nullptr);
  }
  *out = v;
  if (std::isinf(v)) return "value out of range";
  return "";
}

std::string parse_bool(std::string_view s, bool* out) {
  *out = false;
  if (s == "1" || s == "t" || s == "T" || s == "true" || s == "TRUE" || s == "True") {
    *out = true;
    return "";
  }
  if (s == "0" || s == "f" || s == "F" || s == "false" || s == "FALSE" || s == "False") return "";
  return "invalid syntax";
}

}  // namespace goro::vm::strconv
