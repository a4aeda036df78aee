// goro/lang/ast.h — the syntax tree of a Go source file.
//
// Nodes live in the File's arena (stable addresses, freed with the file). One struct per category
// (Expr, Stmt, declarations) with a kind tag keeps the tree compact and easy to walk; the comments
// on each kind say which fields it uses.
#pragma once

#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "goro/lang/diagnostics.h"
#include "goro/lang/token.h"

namespace goro::lang::ast {

struct Expr;
struct Stmt;
struct Block;
struct Field;

enum class ExprKind : uint8_t {
  Bad,
  Ident,         // name
  BasicLit,      // op = Int/Float/Imag/Char/String, name = source text, value = decoded string/rune
  CompositeLit,  // type (may be null when elided), list = elements (KeyValue or plain); rbrace
  FuncLit,       // type = FuncType, body
  Paren,         // x
  Selector,      // x.name
  Index,         // x[list...] (one index; several: generic instantiation, refused by the checker)
  Slice,         // x[list[0]:list[1]] or x[l:h:m] (three = true); absent bounds are null
  TypeAssert,    // x.(y); y == null for x.(type) in a type switch
  Call,          // x(list...), ellipsis for f(a...)
  Star,          // *x (pointer type or dereference)
  Unary,         // op x  (+ - ! ^ & <-)
  Binary,        // x op y
  KeyValue,      // x: y inside composite literals
  ArrayType,     // [x]y; x == null for a slice type []y; ellipsis for [...]y
  StructType,    // fields
  FuncType,      // fields = parameters, results
  InterfaceType, // fields = methods (name + FuncType) and embedded types (no names)
  MapType,       // map[x]y
  ChanType,      // chan y; dir says which
  Ellipsis,      // ...x in a variadic parameter list
};

enum class ChanDir : uint8_t { Both, Send, Recv };

struct Expr {
  ExprKind kind = ExprKind::Bad;
  Pos pos;
  Tok op = Tok::Eof;
  std::string name;   // Ident, Selector's field, BasicLit's source text
  std::string value;  // BasicLit: decoded string or rune
  Expr* x = nullptr;
  Expr* y = nullptr;
  Expr* type = nullptr;
  std::vector<Expr*> list;
  std::vector<Field*> fields;
  std::vector<Field*> results;
  Block* body = nullptr;
  Pos rbrace;           // CompositeLit: the closing brace (gc reports some errors there)
  bool ellipsis = false;
  bool three = false;
  bool bad = false;     // BasicLit: malformed (the scanner reported it)
  ChanDir dir = ChanDir::Both;
};

// Field: a struct field, parameter, result or interface method. Several names share a type
// ("X, Y int"); no names for an embedded field or an unnamed parameter.
struct Field {
  Pos pos;
  std::vector<Expr*> names;  // Idents
  Expr* type = nullptr;
  std::string tag;
};

struct CaseClause {
  Pos pos;
  bool is_default = false;
  std::vector<Expr*> list;  // switch: the case expressions or types
  Stmt* comm = nullptr;     // select: the send or receive statement (null for default)
  std::vector<Stmt*> body;
  Pos colon;
};

struct Block {
  Pos lbrace, rbrace;
  std::vector<Stmt*> stmts;
};

enum class StmtKind : uint8_t {
  Bad,
  Empty,
  Decl,        // decl (var, const or type inside a function)
  Labeled,     // label: stmt
  Expr,        // x
  Send,        // x <- y
  IncDec,      // x op (Inc or Dec)
  Assign,      // lhs op rhs (op: Assign, Define, or an assignment operator)
  Go,          // go x (a call)
  Defer,       // defer x (a call)
  Return,      // return rhs...
  Branch,      // op = Break, Continue, Goto or Fallthrough; label
  BlockStmt,   // body
  If,          // if init; cond body else_
  Switch,      // switch init; x clauses (x may be null)
  TypeSwitch,  // switch init; [label :=] x.(type) clauses; label holds the bound name
  Select,      // clauses
  For,         // for init; cond; post body
  Range,       // for key, value := range x body (op = Define or Assign; key/value may be null)
};

struct GenDecl;

struct Stmt {
  StmtKind kind = StmtKind::Bad;
  Pos pos;
  Tok op = Tok::Eof;
  std::vector<Expr*> lhs, rhs;
  Expr* x = nullptr;
  Expr* key = nullptr;
  Expr* value = nullptr;
  Stmt* init = nullptr;
  Expr* cond = nullptr;
  Stmt* post = nullptr;
  Block* body = nullptr;
  Stmt* else_ = nullptr;
  Stmt* stmt = nullptr;  // Labeled
  std::vector<CaseClause*> clauses;
  std::string label;
  Pos label_pos;
  GenDecl* decl = nullptr;
};

struct ImportSpec {
  Pos pos;
  std::string name;  // "" unless renamed; "_" or "." allowed
  std::string path;  // decoded
};

struct ValueSpec {
  Pos pos;
  std::vector<Expr*> names;  // Idents
  Expr* type = nullptr;
  std::vector<Expr*> values;
  int iota = 0;              // const specs: the index in the group
  bool implicit = false;     // const spec repeating the previous spec's type and values
};

struct TypeSpec {
  Pos pos;
  Expr* name = nullptr;  // Ident
  Expr* type = nullptr;
  bool alias = false;
};

struct GenDecl {
  Pos pos;
  Tok tok = Tok::Var;  // Import, Const, Var or Type
  std::vector<ImportSpec*> imports;
  std::vector<ValueSpec*> values;
  std::vector<TypeSpec*> types;
};

struct FuncDecl {
  Pos pos;
  Field* recv = nullptr;  // methods
  Expr* name = nullptr;   // Ident
  Expr* type = nullptr;   // FuncType
  Block* body = nullptr;  // null for a declaration without body
};

struct Decl {
  GenDecl* gen = nullptr;
  FuncDecl* func = nullptr;
};

// Arena owns every node of a file.
class Arena {
 public:
  template <class T>
  T* make() {
    auto p = std::make_unique<T>();
    T* raw = p.get();
    owned_.push_back(std::shared_ptr<void>(std::move(p)));
    return raw;
  }

 private:
  std::deque<std::shared_ptr<void>> owned_;
};

struct File {
  std::string filename;
  Pos package_pos;
  std::string package;
  std::vector<Decl> decls;  // imports included, in source order
  Arena arena;
};

}  // namespace goro::lang::ast
