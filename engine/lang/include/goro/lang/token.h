// goro/lang/token.h — Go's tokens.
#pragma once

#include <cstdint>
#include <string_view>

namespace goro::lang {

// X-macro: name, spelling. Operators are listed longest-first within a family where it matters
// only for readability; the scanner matches by maximal munch.
#define GORO_TOKENS(X)                                                                            \
  X(Eof, "EOF") X(Ident, "name") X(Int, "literal") X(Float, "literal") X(Imag, "literal")          \
  X(Char, "literal") X(String, "literal")                                                          \
  /* operators */                                                                                  \
  X(Add, "+") X(Sub, "-") X(Mul, "*") X(Quo, "/") X(Rem, "%") X(And, "&") X(Or, "|") X(Xor, "^")  \
  X(Shl, "<<") X(Shr, ">>") X(AndNot, "&^") X(AddAssign, "+=") X(SubAssign, "-=")                  \
  X(MulAssign, "*=") X(QuoAssign, "/=") X(RemAssign, "%=") X(AndAssign, "&=") X(OrAssign, "|=")    \
  X(XorAssign, "^=") X(ShlAssign, "<<=") X(ShrAssign, ">>=") X(AndNotAssign, "&^=")                \
  X(LAnd, "&&") X(LOr, "||") X(Arrow, "<-") X(Inc, "++") X(Dec, "--") X(Eql, "==") X(Lss, "<")     \
  X(Gtr, ">") X(Assign, "=") X(Not, "!") X(Neq, "!=") X(Leq, "<=") X(Geq, ">=") X(Define, ":=")    \
  X(Ellipsis, "...") X(Tilde, "~")                                                                  \
  /* punctuation */                                                                                \
  X(LParen, "(") X(LBrack, "[") X(LBrace, "{") X(Comma, ",") X(Period, ".") X(RParen, ")")         \
  X(RBrack, "]") X(RBrace, "}") X(Semicolon, ";") X(Colon, ":")                                    \
  /* keywords */                                                                                   \
  X(Break, "break") X(Case, "case") X(Chan, "chan") X(Const, "const") X(Continue, "continue")      \
  X(Default, "default") X(Defer, "defer") X(Else, "else") X(Fallthrough, "fallthrough")            \
  X(For, "for") X(Func, "func") X(Go, "go") X(Goto, "goto") X(If, "if") X(Import, "import")        \
  X(Interface, "interface") X(Map, "map") X(Package, "package") X(Range, "range")                  \
  X(Return, "return") X(Select, "select") X(Struct, "struct") X(Switch, "switch") X(Type, "type")   \
  X(Var, "var")

enum class Tok : uint8_t {
#define GORO_TOKEN_ENUM(name, spelling) name,
  GORO_TOKENS(GORO_TOKEN_ENUM)
#undef GORO_TOKEN_ENUM
};

// spelling: "+", "func", "name", "literal", "EOF".
std::string_view spelling(Tok t);
bool is_keyword(Tok t);
// keyword_of: the keyword token of an identifier's text, or Tok::Ident.
Tok keyword_of(std::string_view word);

}  // namespace goro::lang
