// goro/lang/scanner.h — Go's lexical grammar, with automatic semicolons and the gc compiler's
// error messages ("newline in string", "invalid character U+0040 '@'", "unknown escape", ...).
//
//   goro::lang::Diagnostics diags("main.go");
//   goro::lang::Scanner s(source, diags);
//   for (s.next(); s.tok() != goro::lang::Tok::Eof; s.next()) { s.pos(); s.text(); }
#pragma once

#include <string>
#include <string_view>

#include "goro/lang/diagnostics.h"
#include "goro/lang/token.h"

namespace goro::lang {

class Scanner {
 public:
  Scanner(std::string_view source, Diagnostics& diags);

  // next advances to the next token (a Semicolon is inserted where Go inserts one; its text is
  // "newline" or "EOF" then, as gc's messages say "unexpected newline").
  void next();

  Tok tok() const { return tok_; }
  Pos pos() const { return pos_; }
  // text: the token's source text (identifiers, literals as written, operators).
  std::string_view text() const { return text_; }
  // value: the decoded value of a string or rune literal (UTF-8).
  const std::string& value() const { return value_; }
  // implicit: this Semicolon was inserted at a newline or at the end of the file.
  bool implicit() const { return implicit_; }
  // bad: scanning this token reported an error (a malformed literal: the checker skips it).
  bool bad() const { return bad_; }

 private:
  void error_at(size_t offset, const std::string& message);
  Pos pos_of(size_t offset) const;
  int peek(size_t ahead = 0) const;
  void skip_space_and_comments(bool& saw_newline);
  void scan_identifier();
  void scan_number();
  void scan_string();
  void scan_raw_string();
  void scan_rune();
  // scan_escape decodes one escape after a backslash at src_[i_] ('\\' already consumed);
  // quote is the delimiter. Appends to value_; false after reporting an error.
  bool scan_escape(char quote);
  void scan_operator();

  std::string_view src_;
  Diagnostics& diags_;
  size_t i_ = 0;            // read position
  size_t line_start_ = 0;   // offset of the current line's first byte
  uint32_t line_ = 1;
  bool insert_semi_ = false;  // a newline here would end the statement
  Tok tok_ = Tok::Eof;
  Pos pos_;
  std::string_view text_;
  std::string value_;
  bool implicit_ = false;
  bool bad_ = false;
  size_t tok_start_ = 0;
};

// decode_utf8 reads one code point at s[i] (advancing i); invalid bytes give U+FFFD and advance 1.
char32_t decode_utf8(std::string_view s, size_t& i);
void append_utf8(std::string& out, char32_t c);

}  // namespace goro::lang
