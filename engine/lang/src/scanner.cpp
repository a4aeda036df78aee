#include "goro/lang/scanner.h"

#include <cstdio>

namespace goro::lang {

// ---- tokens ---------------------------------------------------------------------------------

std::string_view spelling(Tok t) {
  switch (t) {
#define GORO_TOKEN_CASE(name, s) \
  case Tok::name:                \
    return s;
    GORO_TOKENS(GORO_TOKEN_CASE)
#undef GORO_TOKEN_CASE
  }
  return "?";
}

bool is_keyword(Tok t) { return t >= Tok::Break; }

Tok keyword_of(std::string_view w) {
  if (w.size() < 2 || w.size() > 11) return Tok::Ident;
  for (int k = static_cast<int>(Tok::Break); k <= static_cast<int>(Tok::Var); ++k) {
    if (spelling(static_cast<Tok>(k)) == w) return static_cast<Tok>(k);
  }
  return Tok::Ident;
}

// ---- UTF-8 ----------------------------------------------------------------------------------

char32_t decode_utf8(std::string_view s, size_t& i) {
  auto b = [&](size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) {
    ++i;
    return c;
  }
  size_t n;
  char32_t cp;
  if ((c & 0xE0) == 0xC0) {
    n = 1;
    cp = c & 0x1F;
  } else if ((c & 0xF0) == 0xE0) {
    n = 2;
    cp = c & 0x0F;
  } else if ((c & 0xF8) == 0xF0) {
    n = 3;
    cp = c & 0x07;
  } else {
    ++i;
    return 0xFFFD;
  }
  if (i + n >= s.size()) {
    ++i;
    return 0xFFFD;
  }
  for (size_t k = 1; k <= n; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  static const char32_t min_for[] = {0, 0x80, 0x800, 0x10000};
  if (cp < min_for[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return 0xFFFD;
  }
  i += n + 1;
  return cp;
}

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

namespace {

bool is_letter(char32_t c) {
  // Go letters: Unicode letters and '_'. Without a full Unicode table, every non-ASCII code point
  // that is not a space or punctuation we know is taken as a letter (Chinese identifiers work).
  if (c < 0x80) return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  return c != 0xFFFD && c != 0xA0 && c != 0x2028 && c != 0x2029 && c != 0x3000 && !(c >= 0x2000 && c <= 0x206F);
}
bool is_digit(int c) { return c >= '0' && c <= '9'; }
bool is_hex(int c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

std::string char_desc(char32_t c) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  std::string s = buf;
  if (c >= 0x20 && c != 0x7F) {
    s += " '";
    append_utf8(s, c);
    s += "'";
  }
  return s;
}

}  // namespace

// ---- Scanner --------------------------------------------------------------------------------

Scanner::Scanner(std::string_view source, Diagnostics& diags) : src_(source), diags_(diags) {
  if (src_.substr(0, 3) == "\xEF\xBB\xBF") i_ = 3;  // a byte order mark at the start is ignored
  line_start_ = 0;
}

Pos Scanner::pos_of(size_t offset) const {
  return Pos{line_, static_cast<uint32_t>(offset - line_start_ + 1)};
}

void Scanner::error_at(size_t offset, const std::string& message) {
  diags_.error(pos_of(offset), message);
  bad_ = true;
}

int Scanner::peek(size_t ahead) const {
  return i_ + ahead < src_.size() ? static_cast<unsigned char>(src_[i_ + ahead]) : -1;
}

void Scanner::skip_space_and_comments(bool& saw_newline) {
  for (;;) {
    int c = peek();
    if (c == ' ' || c == '\t' || c == '\r') {
      ++i_;
    } else if (c == '\n') {
      if (insert_semi_) {
        saw_newline = true;
        return;  // the newline becomes a semicolon token
      }
      ++i_;
      ++line_;
      line_start_ = i_;
    } else if (c == '/' && peek(1) == '/') {
      while (peek() != -1 && peek() != '\n') ++i_;
    } else if (c == '/' && peek(1) == '*') {
      size_t start = i_;
      uint32_t start_line = line_;
      size_t start_line_start = line_start_;
      i_ += 2;
      bool newline = false;
      while (peek() != -1 && !(peek() == '*' && peek(1) == '/')) {
        if (peek() == '\n') {
          newline = true;
          ++line_;
          line_start_ = i_ + 1;
        }
        ++i_;
      }
      if (peek() == -1) {
        diags_.error(Pos{start_line, static_cast<uint32_t>(start - start_line_start + 1)}, "comment not terminated");
        return;
      }
      i_ += 2;
      if (newline && insert_semi_) {
        saw_newline = true;  // a multi-line comment acts like a newline
        return;
      }
    } else {
      return;
    }
  }
}

void Scanner::next() {
  value_.clear();
  implicit_ = false;
  bool saw_newline = false;
  skip_space_and_comments(saw_newline);
  bad_ = false;
  tok_start_ = i_;
  pos_ = pos_of(i_);
  if (saw_newline) {
    // Go inserts a semicolon at this newline; the newline itself is consumed.
    tok_ = Tok::Semicolon;
    text_ = "newline";
    implicit_ = true;
    insert_semi_ = false;
    if (peek() == '\n') {
      ++i_;
      ++line_;
      line_start_ = i_;
    }
    return;
  }
  if (i_ >= src_.size()) {
    if (insert_semi_) {
      insert_semi_ = false;
      tok_ = Tok::Semicolon;
      text_ = "EOF";
      implicit_ = true;
      return;
    }
    tok_ = Tok::Eof;
    text_ = "";
    return;
  }
  int c = peek();
  size_t probe = i_;
  char32_t cp = c < 0x80 ? static_cast<char32_t>(c) : decode_utf8(src_, probe);
  if (is_letter(cp)) {
    scan_identifier();
  } else if (is_digit(c) || (c == '.' && is_digit(peek(1)))) {
    scan_number();
  } else if (c == '"') {
    scan_string();
  } else if (c == '`') {
    scan_raw_string();
  } else if (c == '\'') {
    scan_rune();
  } else {
    scan_operator();
    return;
  }
  text_ = src_.substr(tok_start_, i_ - tok_start_);
}

void Scanner::scan_identifier() {
  while (i_ < src_.size()) {
    size_t j = i_;
    char32_t c = decode_utf8(src_, j);
    if (!is_letter(c) && !(c < 0x80 && is_digit(static_cast<int>(c)))) break;
    i_ = j;
  }
  std::string_view word = src_.substr(tok_start_, i_ - tok_start_);
  tok_ = keyword_of(word);
  insert_semi_ = tok_ == Tok::Ident || tok_ == Tok::Break || tok_ == Tok::Continue ||
                 tok_ == Tok::Fallthrough || tok_ == Tok::Return;
}

void Scanner::scan_number() {
  // Go's number literals: decimal, 0x hex, 0o / legacy 0 octal, 0b binary; '_' between digits;
  // floats (also hex with a p exponent); an 'i' suffix makes an imaginary literal.
  int base = 10;
  char prefix = 0;
  bool is_float = false;
  size_t invalid_digit = std::string_view::npos;
  auto digits = [&](int b, bool& any) {
    // Reads digits and underscores; reports a misplaced '_' like gc does.
    int prev = prefix ? '_' : -2;  // after a prefix, an underscore may follow directly
    if (prefix && prev == '_') prev = 'p';
    while (true) {
      int c = peek();
      if (c == '_') {
        if (prev == '_' || prev == -2) error_at(i_, "'_' must separate successive digits");
        prev = '_';
        ++i_;
        continue;
      }
      bool ok = b == 16 ? is_hex(c) : is_digit(c);
      if (!ok) break;
      if (b < 10 && c - '0' >= b && invalid_digit == std::string_view::npos) invalid_digit = i_;
      any = true;
      prev = c;
      ++i_;
    }
    if (prev == '_') error_at(i_ - 1, "'_' must separate successive digits");
  };

  bool any = false;
  if (peek() == '0' && (peek(1) == 'x' || peek(1) == 'X' || peek(1) == 'o' || peek(1) == 'O' ||
                        peek(1) == 'b' || peek(1) == 'B')) {
    prefix = static_cast<char>(peek(1) | 0x20);
    base = prefix == 'x' ? 16 : prefix == 'o' ? 8 : 2;
    i_ += 2;
    digits(base, any);
    if (base == 16 && peek() == '.') {
      ++i_;
      is_float = true;
      digits(16, any);
    }
    if (!any) {
      const char* name = base == 16 ? "hexadecimal" : base == 8 ? "octal" : "binary";
      error_at(i_, std::string(name) + " literal has no digits");
    }
  } else {
    bool leading_zero = peek() == '0';
    if (peek() != '.') digits(10, any);
    if (peek() == '.') {
      ++i_;
      is_float = true;
      bool frac = false;
      digits(10, frac);
    }
    if (leading_zero && !is_float && peek() != 'e' && peek() != 'E' && peek() != 'i') {
      base = 8;  // a legacy octal literal: every digit must be an octal digit
      for (size_t k = tok_start_ + 1; k < i_; ++k) {
        if (src_[k] == '8' || src_[k] == '9') {
          error_at(k, std::string("invalid digit '") + src_[k] + "' in octal literal");
          break;
        }
      }
    }
  }
  int e = peek() | 0x20;
  if ((e == 'e' && base == 10) || (e == 'p' && base == 16)) {
    ++i_;
    is_float = true;
    if (peek() == '+' || peek() == '-') ++i_;
    bool exp_digits = false;
    digits(10, exp_digits);
    if (!exp_digits) error_at(i_, "exponent has no digits");
  } else if (base == 16 && is_float) {
    error_at(i_, "hexadecimal mantissa requires a 'p' exponent");
  }
  if (prefix && prefix != 'x' && invalid_digit != std::string_view::npos) {
    error_at(invalid_digit, std::string("invalid digit '") + src_[invalid_digit] + "' in " +
                                (base == 8 ? "octal" : "binary") + " literal");
  }
  if (peek() == 'i') {
    ++i_;
    tok_ = Tok::Imag;
  } else {
    tok_ = is_float ? Tok::Float : Tok::Int;
  }
  insert_semi_ = true;
}

bool Scanner::scan_escape(char quote) {
  // Called with i_ at the character after the backslash.
  size_t at = i_;
  int c = peek();
  auto hex_n = [&](int n, uint32_t& v) {
    v = 0;
    for (int k = 0; k < n; ++k) {
      int d = peek();
      if (!is_hex(d)) {
        if (d == -1 || d == '\n' || d == quote) error_at(i_, "escape sequence not terminated");
        else error_at(i_, std::string("invalid character ") + char_desc(static_cast<char32_t>(d)) + " in hexadecimal escape");
        return false;
      }
      v = v * 16 + static_cast<uint32_t>(is_digit(d) ? d - '0' : (d | 0x20) - 'a' + 10);
      ++i_;
    }
    return true;
  };
  switch (c) {
    case 'a': value_ += '\a'; ++i_; return true;
    case 'b': value_ += '\b'; ++i_; return true;
    case 'f': value_ += '\f'; ++i_; return true;
    case 'n': value_ += '\n'; ++i_; return true;
    case 'r': value_ += '\r'; ++i_; return true;
    case 't': value_ += '\t'; ++i_; return true;
    case 'v': value_ += '\v'; ++i_; return true;
    case '\\': value_ += '\\'; ++i_; return true;
    case 'x': {
      ++i_;
      uint32_t v;
      if (!hex_n(2, v)) return false;
      value_ += static_cast<char>(v);  // a byte, not a code point
      return true;
    }
    case 'u':
    case 'U': {
      ++i_;
      uint32_t v;
      if (!hex_n(c == 'u' ? 4 : 8, v)) return false;
      if (v > 0x10FFFF || (v >= 0xD800 && v <= 0xDFFF)) {
        error_at(at - 1, "escape is invalid Unicode code point " + char_desc(v).substr(0, 2 + (v > 0xFFFF ? 6 : 4)));
        return false;
      }
      append_utf8(value_, v);
      return true;
    }
    default:
      if (c == quote) {
        value_ += static_cast<char>(quote);
        ++i_;
        return true;
      }
      if (c >= '0' && c <= '7') {
        uint32_t v = 0;
        for (int k = 0; k < 3; ++k) {
          int d = peek();
          if (d < '0' || d > '7') {
            error_at(i_, "invalid character in octal escape");
            return false;
          }
          v = v * 8 + static_cast<uint32_t>(d - '0');
          ++i_;
        }
        if (v > 255) {
          error_at(at - 1, "octal escape value > 255: " + std::to_string(v));
          return false;
        }
        value_ += static_cast<char>(v);
        return true;
      }
      if (c == -1 || c == '\n') {
        error_at(i_, "escape sequence not terminated");
        return false;
      }
      error_at(i_, "unknown escape");
      ++i_;
      return false;
  }
}

void Scanner::scan_string() {
  ++i_;  // opening quote
  for (;;) {
    int c = peek();
    if (c == '"') {
      ++i_;
      break;
    }
    if (c == '\n') {
      error_at(i_, "newline in string");
      break;
    }
    if (c == -1) {
      error_at(tok_start_, "string not terminated");
      break;
    }
    if (c == '\\') {
      ++i_;
      scan_escape('"');
      continue;
    }
    size_t j = i_;
    char32_t cp = decode_utf8(src_, j);
    if (cp == 0xFFFD && !(src_.substr(i_, 3) == "\xEF\xBF\xBD")) error_at(i_, "invalid UTF-8 encoding");
    if (c == 0) error_at(i_, "invalid NUL character");
    value_.append(src_.substr(i_, j - i_));
    i_ = j;
  }
  tok_ = Tok::String;
  insert_semi_ = true;
}

void Scanner::scan_raw_string() {
  ++i_;
  uint32_t start_line = line_;
  size_t start_line_start = line_start_;
  for (;;) {
    int c = peek();
    if (c == -1) {
      diags_.error(Pos{start_line, static_cast<uint32_t>(tok_start_ - start_line_start + 1)}, "string not terminated");
      break;
    }
    ++i_;
    if (c == '`') break;
    if (c == '\r') continue;  // Go drops carriage returns from raw strings
    if (c == '\n') {
      ++line_;
      line_start_ = i_;
    }
    value_ += static_cast<char>(c);
  }
  tok_ = Tok::String;
  insert_semi_ = true;
}

void Scanner::scan_rune() {
  ++i_;
  int n = 0;
  bool ok = true;
  for (;;) {
    int c = peek();
    if (c == '\'') {
      if (n == 0 && ok) error_at(i_, "empty rune literal or unescaped ' in rune literal");
      ++i_;
      break;
    }
    if (c == '\n' || c == -1) {
      if (ok) error_at(tok_start_, "rune literal not terminated");
      ok = false;
      break;
    }
    if (c == '\\') {
      ++i_;
      if (!scan_escape('\'')) ok = false;
    } else {
      size_t j = i_;
      decode_utf8(src_, j);
      value_.append(src_.substr(i_, j - i_));
      i_ = j;
    }
    ++n;
  }
  if (ok && n > 1) error_at(tok_start_, "more than one character in rune literal");
  tok_ = Tok::Char;
  insert_semi_ = true;
}

void Scanner::scan_operator() {
  int c = peek();
  int c1 = peek(1), c2 = peek(2);
  auto take = [&](Tok t, size_t n) {
    tok_ = t;
    i_ += n;
  };
  switch (c) {
    case '+': c1 == '+' ? take(Tok::Inc, 2) : c1 == '=' ? take(Tok::AddAssign, 2) : take(Tok::Add, 1); break;
    case '-': c1 == '-' ? take(Tok::Dec, 2) : c1 == '=' ? take(Tok::SubAssign, 2) : take(Tok::Sub, 1); break;
    case '*': c1 == '=' ? take(Tok::MulAssign, 2) : take(Tok::Mul, 1); break;
    case '/': c1 == '=' ? take(Tok::QuoAssign, 2) : take(Tok::Quo, 1); break;
    case '%': c1 == '=' ? take(Tok::RemAssign, 2) : take(Tok::Rem, 1); break;
    case '&':
      if (c1 == '&') take(Tok::LAnd, 2);
      else if (c1 == '^') c2 == '=' ? take(Tok::AndNotAssign, 3) : take(Tok::AndNot, 2);
      else c1 == '=' ? take(Tok::AndAssign, 2) : take(Tok::And, 1);
      break;
    case '|': c1 == '|' ? take(Tok::LOr, 2) : c1 == '=' ? take(Tok::OrAssign, 2) : take(Tok::Or, 1); break;
    case '^': c1 == '=' ? take(Tok::XorAssign, 2) : take(Tok::Xor, 1); break;
    case '<':
      if (c1 == '-') take(Tok::Arrow, 2);
      else if (c1 == '<') c2 == '=' ? take(Tok::ShlAssign, 3) : take(Tok::Shl, 2);
      else c1 == '=' ? take(Tok::Leq, 2) : take(Tok::Lss, 1);
      break;
    case '>':
      if (c1 == '>') c2 == '=' ? take(Tok::ShrAssign, 3) : take(Tok::Shr, 2);
      else c1 == '=' ? take(Tok::Geq, 2) : take(Tok::Gtr, 1);
      break;
    case '=': c1 == '=' ? take(Tok::Eql, 2) : take(Tok::Assign, 1); break;
    case '!': c1 == '=' ? take(Tok::Neq, 2) : take(Tok::Not, 1); break;
    case ':': c1 == '=' ? take(Tok::Define, 2) : take(Tok::Colon, 1); break;
    case '.': (c1 == '.' && c2 == '.') ? take(Tok::Ellipsis, 3) : take(Tok::Period, 1); break;
    case ',': take(Tok::Comma, 1); break;
    case ';': take(Tok::Semicolon, 1); break;
    case '(': take(Tok::LParen, 1); break;
    case ')': take(Tok::RParen, 1); break;
    case '[': take(Tok::LBrack, 1); break;
    case ']': take(Tok::RBrack, 1); break;
    case '{': take(Tok::LBrace, 1); break;
    case '}': take(Tok::RBrace, 1); break;
    case '~': take(Tok::Tilde, 1); break;
    default: {
      size_t j = i_;
      char32_t cp = decode_utf8(src_, j);
      if (c == 0) error_at(i_, "invalid NUL character");
      else if (cp == 0xFFFD) error_at(i_, "invalid UTF-8 encoding");
      else error_at(i_, "invalid character " + char_desc(cp));
      i_ = j;
      next();  // skip it, as gc does, and report what follows
      return;
    }
  }
  text_ = src_.substr(tok_start_, i_ - tok_start_);
  insert_semi_ = tok_ == Tok::Inc || tok_ == Tok::Dec || tok_ == Tok::RParen || tok_ == Tok::RBrack ||
                 tok_ == Tok::RBrace;
}

}  // namespace goro::lang
