// Recursive descent over Go's grammar (the spec's productions, named in each function's comment).
// Expressions climb a precedence table; composite literals after a bare type name are not taken in
// statement headers (expr_lev_ < 0), as in go/parser.
#include "goro/lang/parser.h"

#include <functional>

#include "goro/lang/printer.h"
#include "goro/lang/scanner.h"

namespace goro::lang {

namespace {

using namespace ast;

int precedence(Tok t) {
  switch (t) {
    case Tok::LOr: return 1;
    case Tok::LAnd: return 2;
    case Tok::Eql: case Tok::Neq: case Tok::Lss: case Tok::Leq: case Tok::Gtr: case Tok::Geq: return 3;
    case Tok::Add: case Tok::Sub: case Tok::Or: case Tok::Xor: return 4;
    case Tok::Mul: case Tok::Quo: case Tok::Rem: case Tok::Shl: case Tok::Shr: case Tok::And:
    case Tok::AndNot: return 5;
    default: return 0;
  }
}

bool is_assign_op(Tok t) {
  switch (t) {
    case Tok::AddAssign: case Tok::SubAssign: case Tok::MulAssign: case Tok::QuoAssign:
    case Tok::RemAssign: case Tok::AndAssign: case Tok::OrAssign: case Tok::XorAssign:
    case Tok::ShlAssign: case Tok::ShrAssign: case Tok::AndNotAssign: case Tok::Assign:
    case Tok::Define: return true;
    default: return false;
  }
}

class Parser {
 public:
  Parser(std::string_view src, Diagnostics& diags) : s_(src, diags), diags_(diags) {
    file_ = std::make_unique<File>();
    next();
  }

  std::unique_ptr<File> parse_file();

 private:
  // ---- tokens and errors ----
  void next() { s_.next(); }
  Tok tok() const { return s_.tok(); }
  Pos pos() const { return s_.pos(); }
  bool got(Tok t) {
    if (tok() != t) return false;
    next();
    return true;
  }
  // describe: the token as Go 1.19's gc names it in "unexpected X" (names and keywords bare).
  std::string describe() const {
    switch (tok()) {
      case Tok::Semicolon: return s_.implicit() ? std::string(s_.text()) : "semicolon";
      case Tok::Ident: return std::string(s_.text());
      case Tok::Int: case Tok::Float: case Tok::Imag: case Tok::Char: case Tok::String:
        return "literal " + std::string(s_.text());
      case Tok::Eof: return "EOF";
      case Tok::Comma: return "comma";
      default: return std::string(spelling(tok()));
    }
  }
  // advance: gc's recovery. Skip to a token of the follow list (or, inside a function, a
  // keyword that starts a statement); with no list, skip exactly one token.
  void advance(std::initializer_list<Tok> follow = {}) {
    auto stops = [&](Tok t) {
      if (t == Tok::Eof) return true;
      if (follow.size() == 0) return false;
      for (Tok f : follow)
        if (f == t) return true;
      if (fnest_ > 0) {
        switch (t) {
          case Tok::Break: case Tok::Const: case Tok::Continue: case Tok::Defer: case Tok::Fallthrough:
          case Tok::For: case Tok::Go: case Tok::Goto: case Tok::If: case Tok::Return: case Tok::Select:
          case Tok::Switch: case Tok::Type: case Tok::Var:
            return true;
          default: break;
        }
      }
      return false;
    };
    while (!stops(tok())) {
      next();
      if (follow.size() == 0) break;
    }
  }
  void syntax_error(const std::string& msg) { syntax_error_at(pos(), msg); }
  void syntax_error_at(Pos p, const std::string& msg) {
    if (tok() == Tok::Eof && !diags_.empty()) return;  // avoid meaningless follow-up errors (gc)
    // One error per line is shown anyway; avoid cascades at the same spot.
    if (p == last_error_) return;
    last_error_ = p;
    diags_.error(p, "syntax error: " + msg);
  }
  void unexpected(const std::string& expecting) {
    std::string msg = "unexpected " + describe();
    if (!expecting.empty()) msg += ", expecting " + expecting;
    syntax_error(msg);
  }
  // want: expect a token; always advances past something so the parser cannot loop.
  void want(Tok t) {
    if (got(t)) return;
    unexpected(t == Tok::Comma ? "comma" : t == Tok::Semicolon ? "semicolon or newline" : std::string(spelling(t)));
    advance();
  }

  // list: gc's list. Elements separated by sep up to close (sep optional before it); a missing
  // separator is reported "in CONTEXT; possibly missing SEP or CLOSE" and recovery skips to a
  // closing bracket. f returns true when no element may follow.
  static const char* tokstr(Tok t) { return t == Tok::Comma ? "comma" : t == Tok::Semicolon ? "semicolon or newline" : nullptr; }
  Pos list(const char* context, Tok sep, Tok close, const std::function<bool()>& f) {
    bool done = false;
    while (tok() != Tok::Eof && tok() != close && !done && !abandoned_) {
      Pos before = pos();
      done = f();
      if (abandoned_) return pos();
      if (!got(sep) && tok() != close) {
        syntax_error("unexpected " + describe() + " in " + context + "; possibly missing " + tokstr(sep) + " or " + std::string(spelling(close)));
        advance({Tok::RParen, Tok::RBrack, Tok::RBrace});
        if (tok() != close) return pos();
      }
      if (pos() == before && !done) next();  // never stand still
    }
    Pos p = pos();
    if (!abandoned_) want(close);
    return p;
  }

  void unsupported(Pos p, const std::string& what) {
    diags_.error(p, "goroscope does not support " + what + " yet");
  }

  // ---- nodes ----
  Expr* expr(ExprKind k, Pos p) {
    Expr* e = file_->arena.make<Expr>();
    e->kind = k;
    e->pos = p;
    return e;
  }
  Stmt* stmt(StmtKind k, Pos p) {
    Stmt* st = file_->arena.make<Stmt>();
    st->kind = k;
    st->pos = p;
    return st;
  }
  Expr* ident() {
    Expr* e = expr(ExprKind::Ident, pos());
    if (tok() == Tok::Ident) {
      e->name = std::string(s_.text());
      next();
    } else {
      unexpected("name");
      e->name = "_";
      if (tok() != Tok::Semicolon && tok() != Tok::RBrace && tok() != Tok::Eof) next();
    }
    return e;
  }

  // ---- declarations ----
  GenDecl* gen_decl(Tok kind);
  void import_spec(GenDecl* d);
  void value_spec(GenDecl* d, int iota, ValueSpec* prev);
  void type_spec(GenDecl* d);
  FuncDecl* func_decl();

  // ---- types ----
  Expr* type_or_null();
  Expr* type_();
  Expr* type_name(bool name_may_follow = false);
  Expr* array_or_slice_type(Pos lbrack, Expr* len_known, bool ellipsis);
  Expr* struct_type();
  Expr* interface_type();
  Expr* func_type(Pos p);
  void parameters(std::vector<Field*>& out, bool results);
  void signature(Expr* fn);

  // ---- expressions ----
  Expr* expression() { return binary_expr(1); }
  Expr* binary_expr(int prec);
  Expr* binary_rest(Expr* x, int prec);
  Expr* unary_expr();
  Expr* primary_expr(Expr* x);
  Expr* operand();
  Expr* composite_lit(Expr* type);
  Expr* element();
  std::vector<Expr*> expr_list();
  bool may_be_composite_type(const Expr* x) const;

  // ---- statements ----
  Block* block(const char* context = "");
  std::vector<Stmt*> stmt_list();
  Stmt* statement();
  Stmt* simple_stmt(bool range_ok, bool* is_range = nullptr);
  Stmt* if_stmt();
  Stmt* switch_stmt();
  Stmt* select_stmt();
  Stmt* for_stmt();
  void header(Stmt* st, Tok keyword, bool* is_range);
  std::vector<Expr*> case_list(bool types);

  Scanner s_;
  Diagnostics& diags_;
  std::unique_ptr<File> file_;
  int expr_lev_ = 0;
  int fnest_ = 0;  // function bodies being parsed
  bool abandoned_ = false;  // the go command's import scan failed: nothing else is parsed
  Pos last_error_;
};

// SourceFile = PackageClause ";" { ImportDecl ";" } { TopLevelDecl ";" } .
std::unique_ptr<File> Parser::parse_file() {
  file_->package_pos = pos();
  if (tok() != Tok::Package) {
    syntax_error("package statement must be first");
    return std::move(file_);
  }
  next();
  Expr* name = ident();
  file_->package = name->name;
  if (tok() != Tok::Eof) want(Tok::Semicolon);
  if (!diags_.empty()) return std::move(file_);  // gc stops after a bad package clause
  // { ImportDecl ";" }
  while (tok() == Tok::Import) {
    Decl d;
    d.gen = gen_decl(Tok::Import);
    file_->decls.push_back(d);
    if (abandoned_) return std::move(file_);
    if (tok() != Tok::Eof) want(Tok::Semicolon);
  }
  // { TopLevelDecl ";" }
  while (tok() != Tok::Eof) {
    Decl d;
    switch (tok()) {
      case Tok::Const:
      case Tok::Var:
      case Tok::Type:
        d.gen = gen_decl(tok());
        break;
      case Tok::Func:
        d.func = func_decl();
        if (!d.func) {
          if (tok() != Tok::Eof && !got(Tok::Semicolon)) {
            syntax_error("unexpected " + describe() + " after top level declaration");
            advance({Tok::Const, Tok::Type, Tok::Var, Tok::Func});
          }
          continue;
        }
        break;
      default: {
        bool bodyless = !file_->decls.empty() && file_->decls.back().func && !file_->decls.back().func->body;
        if (tok() == Tok::LBrace && bodyless) syntax_error("unexpected semicolon or newline before {");
        else syntax_error("non-declaration statement outside function body");
        Pos before = pos();
        advance({Tok::Const, Tok::Type, Tok::Var, Tok::Func});
        if (pos() == before && tok() != Tok::Eof && tok() != Tok::Const && tok() != Tok::Type && tok() != Tok::Var && tok() != Tok::Func) next();
        continue;
      }
    }
    file_->decls.push_back(d);
    if (tok() != Tok::Eof && !got(Tok::Semicolon)) {
      syntax_error("unexpected " + describe() + " after top level declaration");
      advance({Tok::Const, Tok::Type, Tok::Var, Tok::Func});
    }
  }
  return std::move(file_);
}

// GenDecl = Kind ( Spec | "(" { Spec ";" } ")" ) .
GenDecl* Parser::gen_decl(Tok kind) {
  GenDecl* d = file_->arena.make<GenDecl>();
  d->pos = pos();
  d->tok = kind;
  next();
  auto spec = [&](int iota, ValueSpec* prev) {
    if (kind == Tok::Import) import_spec(d);
    else if (kind == Tok::Type) type_spec(d);
    else value_spec(d, iota, prev);
  };
  if (got(Tok::LParen)) {
    int iota = 0;
    list("grouped declaration", Tok::Semicolon, Tok::RParen, [&] {
      spec(iota++, d->values.empty() ? nullptr : d->values.back());
      return false;
    });
  } else {
    spec(0, nullptr);
  }
  return d;
}

// ImportSpec = [ "." | PackageName ] ImportPath .
void Parser::import_spec(GenDecl* d) {
  ImportSpec* s = file_->arena.make<ImportSpec>();
  s->pos = pos();
  if (tok() == Tok::Ident) {
    s->name = std::string(s_.text());
    next();
  } else if (tok() == Tok::Period) {
    s->name = ".";
    next();
  }
  if (tok() != Tok::String) {
    // The go command reads the imports first, with go/parser, and stops at its error.
    std::string found;
    if (tok() == Tok::Semicolon && s_.implicit() && s_.text() == "newline") found = "newline";
    else if (tok() == Tok::Ident || tok() == Tok::Int || tok() == Tok::Float || tok() == Tok::Imag || tok() == Tok::Char)
      found = std::string(s_.text());
    else if (tok() == Tok::Eof) found = "'EOF'";
    else if (tok() == Tok::Semicolon) found = "';'";
    else found = "'" + std::string(spelling(tok())) + "'";
    diags_.error(pos(), "expected 'STRING', found " + found);
    diags_.set_fatal();
    abandoned_ = true;
    return;
  }
  s->pos = s->name.empty() ? pos() : s->pos;
  s->path = s_.value();
  next();
  d->imports.push_back(s);
}

// ConstSpec = IdentifierList [ [ Type ] "=" ExpressionList ] .
// VarSpec   = IdentifierList ( Type [ "=" ExpressionList ] | "=" ExpressionList ) .
void Parser::value_spec(GenDecl* d, int iota, ValueSpec* prev) {
  ValueSpec* s = file_->arena.make<ValueSpec>();
  s->pos = pos();
  s->iota = iota;
  s->names.push_back(ident());
  while (got(Tok::Comma)) s->names.push_back(ident());
  if (tok() != Tok::Assign && tok() != Tok::Semicolon && tok() != Tok::RParen) s->type = type_();
  if (got(Tok::Assign)) {
    s->values = expr_list();
  } else if (d->tok == Tok::Const) {
    // no values: a spec without a type repeats the previous one's (iota patterns); the
    // checker reports a count that does not match
    s->implicit = !s->type;
    (void)prev;
  } else if (!s->type) {
    unexpected("type");
  }
  d->values.push_back(s);
}

// TypeSpec = identifier [ TypeParameters ] [ "=" ] Type .
void Parser::type_spec(GenDecl* d) {
  TypeSpec* s = file_->arena.make<TypeSpec>();
  s->pos = pos();
  s->name = ident();
  if (tok() == Tok::LBrack) {
    // "type T[P any] ..." is generic; "type T [N]int" is an array type.
    Pos lb = pos();
    next();
    if (tok() == Tok::Ident) {
      Expr* first = ident();
      if (tok() != Tok::RBrack) {
        unsupported(lb, "generics");
        while (tok() != Tok::RBrack && tok() != Tok::Eof) next();
        got(Tok::RBrack);
        s->type = type_or_null();
        d->types.push_back(s);
        return;
      }
      s->type = array_or_slice_type(lb, first, false);
    } else {
      bool ell = false;
      Expr* len = nullptr;
      if (tok() == Tok::Ellipsis) {
        ell = true;
        next();
      } else if (tok() != Tok::RBrack) {
        expr_lev_++;
        len = expression();
        expr_lev_--;
      }
      s->type = array_or_slice_type(lb, len, ell);
    }
    d->types.push_back(s);
    return;
  }
  s->alias = got(Tok::Assign);
  s->type = type_();
  d->types.push_back(s);
}

// FunctionDecl = "func" [ Receiver ] FunctionName [ TypeParameters ] Signature [ FunctionBody ] .
FuncDecl* Parser::func_decl() {
  FuncDecl* f = file_->arena.make<FuncDecl>();
  f->pos = pos();
  next();
  if (tok() == Tok::LParen) {
    Expr* recv = expr(ExprKind::FuncType, pos());
    parameters(recv->fields, false);
    size_t n = 0;
    for (Field* fl : recv->fields) n += fl->names.empty() ? 1 : fl->names.size();
    if (n != 1) diags_.error(pos(), n == 0 ? "method has no receiver" : "method has multiple receivers");
    if (!recv->fields.empty()) f->recv = recv->fields[0];
  }
  if (tok() != Tok::Ident) {
    unexpected("name or (");
    advance({Tok::LBrace, Tok::Semicolon});
    return nullptr;
  }
  f->name = ident();
  if (tok() == Tok::LBrack) {
    unsupported(pos(), "generics");
    while (tok() != Tok::RBrack && tok() != Tok::Eof) next();
    got(Tok::RBrack);
  }
  Expr* fn = expr(ExprKind::FuncType, f->pos);
  signature(fn);
  f->type = fn;
  if (tok() == Tok::LBrace) {
    expr_lev_ = 0;
    ++fnest_;
    f->body = block();
    --fnest_;
  }
  return f;
}

// ---- types ----------------------------------------------------------------------------------

Expr* Parser::type_() {
  Expr* t = type_or_null();
  if (!t) {
    unexpected("type");
    t = expr(ExprKind::Bad, pos());
    if (tok() != Tok::Semicolon && tok() != Tok::RBrace && tok() != Tok::RParen && tok() != Tok::Eof) next();
  }
  return t;
}

// TypeName = identifier | PackageName "." identifier .
Expr* Parser::type_name(bool name_may_follow) {
  Expr* x = ident();
  if (tok() == Tok::Period) {
    next();
    Expr* sel = expr(ExprKind::Selector, pos());  // at the name, as selectors in expressions
    sel->x = x;
    sel->name = ident()->name;
    x = sel;
  }
  // In a struct, `buf []byte` is a field name followed by its type, not an instantiation.
  if (tok() == Tok::LBrack && !(name_may_follow && x->kind == ExprKind::Ident)) {
    unsupported(pos(), "generics");
    while (tok() != Tok::RBrack && tok() != Tok::Eof) next();
    got(Tok::RBrack);
  }
  return x;
}

// Type = TypeName | TypeLit | "(" Type ")" .
Expr* Parser::type_or_null() {
  Pos p = pos();
  switch (tok()) {
    case Tok::Ident: return type_name();
    case Tok::LBrack: {
      next();
      bool ell = false;
      Expr* len = nullptr;
      if (tok() == Tok::Ellipsis) {
        ell = true;
        next();
      } else if (tok() != Tok::RBrack) {
        expr_lev_++;
        len = expression();
        expr_lev_--;
      }
      return array_or_slice_type(p, len, ell);
    }
    case Tok::Struct: return struct_type();
    case Tok::Interface: return interface_type();
    case Tok::Mul: {
      next();
      Expr* e = expr(ExprKind::Star, p);
      e->x = type_();
      return e;
    }
    case Tok::Func: {
      next();
      return func_type(pos());  // syntax's FuncType sits at its parameters' '('
    }
    case Tok::Map: {
      next();
      Expr* e = expr(ExprKind::MapType, p);
      want(Tok::LBrack);
      e->x = type_();
      want(Tok::RBrack);
      e->y = type_();
      return e;
    }
    case Tok::Chan: {
      next();
      Expr* e = expr(ExprKind::ChanType, p);
      if (got(Tok::Arrow)) e->dir = ChanDir::Send;
      e->y = type_();
      return e;
    }
    case Tok::Arrow: {
      next();
      Expr* e = expr(ExprKind::ChanType, p);
      if (!got(Tok::Chan)) unexpected("chan");
      e->dir = ChanDir::Recv;
      e->y = type_();
      return e;
    }
    case Tok::LParen: {
      next();
      Expr* e = expr(ExprKind::Paren, p);
      e->x = type_();
      want(Tok::RParen);
      return e;
    }
    default: return nullptr;
  }
}

Expr* Parser::array_or_slice_type(Pos lbrack, Expr* len, bool ellipsis) {
  want(Tok::RBrack);
  Expr* e = expr(ExprKind::ArrayType, lbrack);
  e->x = len;
  e->ellipsis = ellipsis;
  e->y = type_();
  return e;
}

// StructType = "struct" "{" { FieldDecl ";" } "}" .
// FieldDecl  = (IdentifierList Type | EmbeddedField) [ Tag ] .
Expr* Parser::struct_type() {
  Expr* e = expr(ExprKind::StructType, pos());
  next();
  want(Tok::LBrace);
  list("struct type", Tok::Semicolon, Tok::RBrace, [&] {
    Field* f = file_->arena.make<Field>();
    f->pos = pos();
    if (tok() != Tok::Mul && tok() != Tok::Ident) {
      unexpected("field name or embedded type");
      advance({Tok::Semicolon, Tok::RBrace});
      return false;
    }
    if (tok() == Tok::Mul) {
      f->type = type_();  // embedded *T
    } else {
      Expr* first = type_name(true);
      if (first->kind == ExprKind::Ident && tok() != Tok::Semicolon && tok() != Tok::RBrace &&
          tok() != Tok::String) {
        f->names.push_back(first);
        while (got(Tok::Comma)) f->names.push_back(ident());
        f->type = type_();
      } else {
        f->type = first;  // embedded T or pkg.T (e.g. sync.Mutex)
      }
    }
    if (tok() == Tok::String) {
      f->tag = s_.value();
      next();
    }
    e->fields.push_back(f);
    return false;
  });
  return e;
}

// InterfaceType = "interface" "{" { ( MethodSpec | InterfaceTypeName ) ";" } "}" .
Expr* Parser::interface_type() {
  Expr* e = expr(ExprKind::InterfaceType, pos());
  next();
  want(Tok::LBrace);
  list("interface type", Tok::Semicolon, Tok::RBrace, [&] {
    Field* f = file_->arena.make<Field>();
    f->pos = pos();
    if (tok() == Tok::Ident) {
      Expr* name = type_name();
      if (name->kind == ExprKind::Ident && tok() == Tok::LParen) {
        f->names.push_back(name);
        Expr* fn = expr(ExprKind::FuncType, name->pos);
        signature(fn);
        f->type = fn;
      } else {
        f->type = name;  // an embedded interface
      }
    } else if (tok() == Tok::Tilde || tok() == Tok::Or) {
      unsupported(pos(), "generics");  // type sets are constraints
      while (tok() != Tok::Semicolon && tok() != Tok::RBrace && tok() != Tok::Eof) next();
    } else {
      unexpected("name");
      advance({Tok::Semicolon, Tok::RBrace});
    }
    if (f->type) e->fields.push_back(f);
    return false;
  });
  return e;
}

Expr* Parser::func_type(Pos p) {
  Expr* fn = expr(ExprKind::FuncType, p);
  signature(fn);
  return fn;
}

// Signature = Parameters [ Result ] .   Result = Parameters | Type .
void Parser::signature(Expr* fn) {
  parameters(fn->fields, false);
  if (tok() == Tok::LParen) {
    parameters(fn->results, true);
  } else if (Expr* t = type_or_null()) {
    Field* f = file_->arena.make<Field>();
    f->pos = t->pos;
    f->type = t;
    fn->results.push_back(f);
  }
}

// Parameters = "(" [ ParameterList [ "," ] ] ")" .
// A list is either all named ("a, b int, c string") or all types ("int, string"): parse entries as
// expressions-or-types, then decide.
void Parser::parameters(std::vector<Field*>& out, bool results) {
  // gc's paramList: each entry is a name, a type, or both; then the types are distributed.
  (void)results;
  want(Tok::LParen);
  struct Par {
    Pos pos;
    Expr* name = nullptr;
    Expr* type = nullptr;
  };
  std::vector<Par> pars;
  size_t named = 0;
  list("parameter list", Tok::Comma, Tok::RParen, [&] {
    Par par;
    par.pos = pos();
    if (tok() == Tok::Ident) {
      Expr* name = ident();
      if (tok() == Tok::Period) {
        // a qualified type name: pkg.T
        next();
        Expr* sel = expr(ExprKind::Selector, pos());
        sel->x = name;
        sel->name = ident()->name;
        par.type = sel;
        if (tok() == Tok::LBrack) {
          unsupported(pos(), "generics");
          while (tok() != Tok::RBrack && tok() != Tok::Eof) next();
          got(Tok::RBrack);
        }
        pars.push_back(par);
        return false;
      }
      par.name = name;
    }
    if (tok() == Tok::Ellipsis) {
      Expr* dots = expr(ExprKind::Ellipsis, pos());
      next();
      dots->x = type_or_null();
      if (!dots->x) {
        syntax_error("... is missing type");
        dots->x = expr(ExprKind::Bad, pos());
      }
      par.type = dots;
    } else {
      par.type = type_or_null();
    }
    if (par.name || par.type) {
      if (par.name && par.type) ++named;
      pars.push_back(par);
    } else {
      unexpected(")");
      advance({Tok::Comma, Tok::RParen});
    }
    return false;
  });
  if (pars.empty()) return;
  if (named == 0) {
    // all unnamed: the names are type names
    for (Par& par : pars)
      if (par.name && !par.type) par.type = par.name, par.name = nullptr;
  } else if (named != pars.size()) {
    // some named: all need names and types
    Pos err;
    Expr* typ = nullptr;
    for (size_t i = pars.size(); i-- > 0;) {
      Par& par = pars[i];
      if (par.type) {
        typ = par.type;
        if (!par.name) {
          err = par.type->pos;
          Expr* blank = expr(ExprKind::Ident, err);
          blank->name = "_";
          par.name = blank;
        }
      } else if (typ) {
        par.type = typ;
      } else {
        err = par.name->pos;
        par.type = expr(ExprKind::Bad, err);
      }
    }
    if (err.valid()) syntax_error_at(err, "mixed named and unnamed parameters");
  }
  // names that share a type form one field ("a, b int")
  for (size_t i = 0; i < pars.size();) {
    Field* f = file_->arena.make<Field>();
    f->pos = pars[i].name ? pars[i].name->pos : pars[i].pos;
    f->type = pars[i].type;
    if (pars[i].name) {
      size_t j = i;
      while (j < pars.size() && pars[j].type == pars[i].type) f->names.push_back(pars[j++].name);
      i = j;
    } else {
      ++i;
    }
    out.push_back(f);
  }
}

// ---- expressions ----------------------------------------------------------------------------

std::vector<Expr*> Parser::expr_list() {
  std::vector<Expr*> list{expression()};
  while (got(Tok::Comma)) list.push_back(expression());
  return list;
}

Expr* Parser::binary_expr(int prec) { return binary_rest(unary_expr(), prec); }

// binary_rest continues a binary expression whose left operand x is already parsed.
Expr* Parser::binary_rest(Expr* x, int prec) {
  for (;;) {
    int p = precedence(tok());
    if (p < prec) return x;
    Expr* b = expr(ExprKind::Binary, pos());
    b->op = tok();
    next();
    b->x = x;
    b->y = binary_expr(p + 1);
    x = b;
  }
}

// UnaryExpr = PrimaryExpr | unary_op UnaryExpr .
Expr* Parser::unary_expr() {
  Pos p = pos();
  switch (tok()) {
    case Tok::Add: case Tok::Sub: case Tok::Not: case Tok::Xor: case Tok::And: {
      Expr* e = expr(ExprKind::Unary, p);
      e->op = tok();
      next();
      e->x = unary_expr();
      return e;
    }
    case Tok::Arrow: {
      next();
      // <-chan T is a type; <-x a receive.
      if (tok() == Tok::Chan) {
        next();
        Expr* t = expr(ExprKind::ChanType, p);
        t->dir = ChanDir::Recv;
        t->y = type_();
        return primary_expr(t);
      }
      Expr* e = expr(ExprKind::Unary, p);
      e->op = Tok::Arrow;
      e->x = unary_expr();
      return e;
    }
    case Tok::Mul: {
      next();
      Expr* e = expr(ExprKind::Star, p);
      e->x = unary_expr();
      return e;
    }
    default: return primary_expr(nullptr);
  }
}

// Operand = Literal | OperandName | "(" Expression ")" .
Expr* Parser::operand() {
  Pos p = pos();
  switch (tok()) {
    case Tok::Ident: return ident();
    case Tok::Int: case Tok::Float: case Tok::Imag: case Tok::Char: case Tok::String: {
      Expr* e = expr(ExprKind::BasicLit, p);
      e->op = tok();
      e->name = std::string(s_.text());
      e->value = s_.value();
      e->bad = s_.bad();
      if (tok() == Tok::Imag) unsupported(p, "complex numbers");
      next();
      return e;
    }
    case Tok::LParen: {
      next();
      expr_lev_++;
      Expr* e = expr(ExprKind::Paren, p);
      e->x = expression();
      expr_lev_--;
      want(Tok::RParen);
      return e;
    }
    case Tok::Func: {
      next();
      Expr* fn = func_type(pos());  // at the '(', as syntax's FuncType; the literal at "func"
      if (tok() == Tok::LBrace) {
        Expr* lit = expr(ExprKind::FuncLit, p);
        lit->type = fn;
        int saved = expr_lev_;
        expr_lev_ = 0;
        ++fnest_;
        lit->body = block();
        --fnest_;
        expr_lev_ = saved;
        return lit;
      }
      return fn;
    }
    case Tok::LBrack: case Tok::Struct: case Tok::Map: case Tok::Chan: case Tok::Interface:
      return type_();
    default: {
      unexpected("expression");
      Expr* bad = expr(ExprKind::Bad, p);
      if (tok() != Tok::Semicolon && tok() != Tok::RBrace && tok() != Tok::RParen && tok() != Tok::Eof) next();
      return bad;
    }
  }
}

bool Parser::may_be_composite_type(const Expr* x) const {
  switch (x->kind) {
    case ExprKind::Ident:
    case ExprKind::Selector: return expr_lev_ >= 0;  // a bare name in a statement header is not
    case ExprKind::ArrayType:
    case ExprKind::StructType:
    case ExprKind::MapType: return true;
    default: return false;
  }
}

// PrimaryExpr = Operand | Conversion | PrimaryExpr Selector | Index | Slice | TypeAssertion |
//               Arguments .
Expr* Parser::primary_expr(Expr* x) {
  if (!x) x = operand();
  for (;;) {
    Pos p = pos();
    switch (tok()) {
      case Tok::Period: {
        next();
        if (tok() == Tok::Ident) {
          Expr* sel = expr(ExprKind::Selector, s_.pos());
          sel->x = x;
          sel->name = std::string(s_.text());
          next();
          x = sel;
        } else if (got(Tok::LParen)) {
          Expr* ta = expr(ExprKind::TypeAssert, p);
          ta->x = x;
          if (!got(Tok::Type)) ta->y = type_();
          want(Tok::RParen);
          x = ta;
        } else {
          unexpected("name or (");
          return x;
        }
        break;
      }
      case Tok::LBrack: {
        next();
        expr_lev_++;
        Expr* idx[3] = {nullptr, nullptr, nullptr};
        int colons = 0;
        if (tok() != Tok::Colon) idx[0] = expression();
        bool is_slice = false;
        if (tok() == Tok::Colon) {
          // gc: x[i:j] or x[i:j:k], missing full-slice indexes reported (not as syntax errors)
          is_slice = true;
          next();
          colons = 1;
          if (tok() != Tok::Colon && tok() != Tok::RBrack) idx[1] = expression();
          if (tok() == Tok::Colon) {
            colons = 2;
            if (!idx[1]) {
              diags_.error(pos(), "middle index required in 3-index slice");
              idx[1] = expr(ExprKind::Bad, pos());
            }
            next();
            if (tok() != Tok::RBrack) {
              idx[2] = expression();
            } else {
              diags_.error(pos(), "final index required in 3-index slice");
              idx[2] = expr(ExprKind::Bad, pos());
            }
          }
        }
        std::vector<Expr*> more;
        if (!is_slice) {
          while (got(Tok::Comma)) {
            if (tok() == Tok::RBrack) break;
            more.push_back(type_());
          }
        }
        expr_lev_--;
        want(Tok::RBrack);
        if (is_slice) {
          Expr* sl = expr(ExprKind::Slice, p);
          sl->x = x;
          sl->three = colons == 2;
          sl->list = {idx[0], idx[1], idx[2]};
          x = sl;
        } else {
          Expr* ix = expr(ExprKind::Index, p);
          ix->x = x;
          ix->list.push_back(idx[0]);
          for (Expr* m : more) ix->list.push_back(m);
          x = ix;
        }
        break;
      }
      case Tok::LParen: {
        next();
        expr_lev_++;
        Expr* call = expr(ExprKind::Call, p);
        call->x = x;
        call->rbrace = list("argument list", Tok::Comma, Tok::RParen, [&] {
          // A type may stand as the first argument (make, new).
          Expr* arg = nullptr;
          if (tok() == Tok::LBrack || tok() == Tok::Map || tok() == Tok::Chan || tok() == Tok::Struct ||
              tok() == Tok::Interface) {
            // ...and a composite literal of such a type may go on: f([2]int{1, 2} == a).
            arg = binary_rest(primary_expr(type_()), 1);
          } else {
            arg = expression();
          }
          call->list.push_back(arg);
          if (got(Tok::Ellipsis)) call->ellipsis = true;
          return call->ellipsis;
        });
        expr_lev_--;
        x = call;
        break;
      }
      case Tok::LBrace: {
        if (!may_be_composite_type(x)) return x;
        x = composite_lit(x);
        break;
      }
      default: return x;
    }
  }
}

// CompositeLit = LiteralType LiteralValue .   LiteralValue = "{" [ ElementList [ "," ] ] "}" .
Expr* Parser::composite_lit(Expr* type) {
  Expr* lit = expr(ExprKind::CompositeLit, type ? type->pos : pos());
  lit->type = type;
  want(Tok::LBrace);
  int saved = expr_lev_;
  expr_lev_ = 0;
  lit->rbrace = list("composite literal", Tok::Comma, Tok::RBrace, [&] {
    lit->list.push_back(element());
    return false;
  });
  expr_lev_ = saved;
  return lit;
}

// KeyedElement = [ Key ":" ] Element .  Element = Expression | LiteralValue .
Expr* Parser::element() {
  auto value = [&]() -> Expr* {
    if (tok() == Tok::LBrace) return composite_lit(nullptr);  // elided type
    return expression();
  };
  Expr* x = value();
  if (tok() == Tok::Colon) {
    Expr* kv = expr(ExprKind::KeyValue, pos());
    next();
    kv->x = x;
    kv->y = value();
    return kv;
  }
  return x;
}

// ---- statements -----------------------------------------------------------------------------

// Block = "{" StatementList "}" .
Block* Parser::block(const char* context) {
  Block* b = file_->arena.make<Block>();
  b->lbrace = pos();
  // people coming from C may forget that braces are mandatory in Go
  if (!got(Tok::LBrace)) {
    syntax_error("unexpected " + describe() + ", expecting { after " + context);
    advance({Tok::Ident, Tok::RBrace});
    b->rbrace = pos();
    if (got(Tok::RBrace)) return b;
  }
  b->stmts = stmt_list();
  b->rbrace = pos();
  if (!got(Tok::RBrace)) {
    unexpected("}");
    advance();
  }
  return b;
}

// StatementList, as gc's stmtList: stops at a token that cannot start a statement.
std::vector<Stmt*> Parser::stmt_list() {
  std::vector<Stmt*> list;
  while (tok() != Tok::RBrace && tok() != Tok::Eof && tok() != Tok::Case && tok() != Tok::Default) {
    Pos before = pos();
    Stmt* st = statement();
    if (!st) break;
    if (st->kind != StmtKind::Empty) list.push_back(st);
    // ";" is optional before "}"
    if (!got(Tok::Semicolon) && tok() != Tok::RBrace) {
      syntax_error("unexpected " + describe() + " at end of statement");
      advance({Tok::Semicolon, Tok::RBrace, Tok::Case, Tok::Default});
      got(Tok::Semicolon);
    }
    if (pos() == before) next();  // recovery must make progress
  }
  return list;
}

Stmt* Parser::statement() {
  Pos p = pos();
  switch (tok()) {
    case Tok::Var: case Tok::Const: case Tok::Type: {
      Stmt* st = stmt(StmtKind::Decl, p);
      st->decl = gen_decl(tok());
      return st;
    }
    case Tok::LBrace: {
      Stmt* st = stmt(StmtKind::BlockStmt, p);
      st->body = block();
      return st;
    }
    case Tok::If: return if_stmt();
    case Tok::Switch: return switch_stmt();
    case Tok::Select: return select_stmt();
    case Tok::For: return for_stmt();
    case Tok::Go: case Tok::Defer: {
      Stmt* st = stmt(tok() == Tok::Go ? StmtKind::Go : StmtKind::Defer, p);
      const char* kw = tok() == Tok::Go ? "go" : "defer";
      next();
      st->x = expression();
      if (st->x->kind == ExprKind::Paren) {
        diags_.error(st->x->pos, std::string("expression in ") + kw + " must not be parenthesized");
        while (st->x->kind == ExprKind::Paren) st->x = st->x->x;
      }
      if (st->x->kind != ExprKind::Call && st->x->kind != ExprKind::Bad) {
        // Not a syntax error for gc, which goes on as if the call were there. It reports at
        // the node's position: a selector's dot.
        Pos at = st->x->pos;
        if (st->x->kind == ExprKind::Selector && at.col > 1) at.col--;
        diags_.error(at, std::string("expression in ") + kw + " must be function call");
        Expr* call = expr(ExprKind::Call, st->x->pos);
        call->x = st->x;
        call->rbrace = st->x->pos;
        st->x = call;
      }
      return st;
    }
    case Tok::Return: {
      Stmt* st = stmt(StmtKind::Return, p);
      next();
      if (tok() != Tok::Semicolon && tok() != Tok::RBrace) st->rhs = expr_list();
      return st;
    }
    case Tok::Break: case Tok::Continue: case Tok::Goto: case Tok::Fallthrough: {
      Stmt* st = stmt(StmtKind::Branch, p);
      st->op = tok();
      next();
      if (st->op != Tok::Fallthrough && tok() == Tok::Ident) {
        st->label_pos = pos();
        st->label = std::string(s_.text());
        next();
      }
      return st;
    }
    case Tok::Semicolon: return stmt(StmtKind::Empty, p);
    case Tok::Ident: case Tok::Int: case Tok::Float: case Tok::Imag: case Tok::Char: case Tok::String:
    case Tok::Func: case Tok::LParen: case Tok::LBrack: case Tok::Struct: case Tok::Map: case Tok::Chan:
    case Tok::Interface: case Tok::Arrow: case Tok::Add: case Tok::Sub: case Tok::Mul: case Tok::And:
    case Tok::Xor: case Tok::Not:
      break;
    default: return nullptr;  // cannot start a statement
  }
  // A labeled statement starts "name :".
  if (tok() == Tok::Ident) {
    Stmt* st = simple_stmt(false);
    if (st->kind == StmtKind::Expr && st->x->kind == ExprKind::Ident && tok() == Tok::Colon) {
      next();
      Stmt* lab = stmt(StmtKind::Labeled, p);
      lab->label = st->x->name;
      lab->label_pos = p;
      if (tok() == Tok::RBrace) {
        lab->stmt = stmt(StmtKind::Empty, pos());
      } else {
        lab->stmt = statement();
      }
      return lab;
    }
    return st;
  }
  return simple_stmt(false);
}

// SimpleStmt = EmptyStmt | ExpressionStmt | SendStmt | IncDecStmt | Assignment | ShortVarDecl .
Stmt* Parser::simple_stmt(bool range_ok, bool* is_range) {
  Pos p = pos();
  if (range_ok && tok() == Tok::Range) {
    // for range x
    next();
    Stmt* st = stmt(StmtKind::Range, p);
    st->x = expression();
    if (is_range) *is_range = true;
    return st;
  }
  std::vector<Expr*> lhs = expr_list();
  Tok t = tok();
  if (is_assign_op(t)) {
    Pos op_pos = pos();
    next();
    if (range_ok && tok() == Tok::Range && (t == Tok::Assign || t == Tok::Define)) {
      next();
      Stmt* st = stmt(StmtKind::Range, p);
      st->op = t;
      st->lhs = lhs;  // the checker reports more than two
      st->key = lhs[0];
      st->value = lhs.size() > 1 ? lhs[1] : nullptr;
      st->x = expression();
      if (is_range) *is_range = true;
      return st;
    }
    Stmt* st = stmt(StmtKind::Assign, op_pos);
    st->op = t;
    st->lhs = lhs;
    st->rhs = expr_list();  // pos stays at the operator, where gc reports assignment errors
    return st;
  }
  if (lhs.size() > 1) {
    unexpected(":= or = or comma");
    advance({Tok::Semicolon, Tok::RBrace});
    Stmt* st = stmt(StmtKind::Expr, p);
    st->x = lhs[0];
    return st;
  }
  if (t == Tok::Arrow) {
    Stmt* st = stmt(StmtKind::Send, pos());
    next();
    st->x = lhs[0];
    st->value = expression();
    st->pos = lhs[0]->pos;
    return st;
  }
  if (t == Tok::Inc || t == Tok::Dec) {
    Stmt* st = stmt(StmtKind::IncDec, lhs[0]->pos);
    st->op = t;
    st->x = lhs[0];
    next();
    return st;
  }
  Stmt* st = stmt(StmtKind::Expr, lhs[0]->pos);
  st->x = lhs[0];
  return st;
}

// header parses "[init ;] cond" of if/switch/for (for: "init; cond; post" or a range clause).
// header: gc's header for if, for and switch: "[init ;] cond" (for: "init; cond; post" or a
// range clause), with gc's recovery and messages.
void Parser::header(Stmt* st, Tok keyword, bool* is_range) {
  const char* kw = keyword == Tok::If ? "if" : keyword == Tok::For ? "for" : "switch";
  if (tok() == Tok::LBrace) {
    if (keyword == Tok::If) syntax_error("missing condition in if statement");
    return;
  }
  int outer = expr_lev_;
  expr_lev_ = -1;
  Stmt* init = nullptr;
  if (tok() != Tok::Semicolon) {
    // accept a var declaration but complain
    if (got(Tok::Var)) syntax_error(std::string("var declaration not allowed in ") + kw + " initializer");
    init = simple_stmt(keyword == Tok::For, is_range);
    if (is_range && *is_range) {
      st->key = init->key;
      st->value = init->value;
      st->lhs = init->lhs;
      st->x = init->x;
      st->op = init->op;
      expr_lev_ = outer;
      return;
    }
  }
  Stmt* cond = nullptr;
  Pos semi_pos;
  std::string semi_lit;
  if (tok() != Tok::LBrace) {
    if (tok() == Tok::Semicolon) {
      semi_pos = pos();
      semi_lit = s_.implicit() ? std::string(s_.text()) : "semicolon";
      next();
    } else {
      // asking for a '{' rather than a ';' here leads to a better error message
      want(Tok::LBrace);
      if (tok() != Tok::LBrace) advance({Tok::LBrace, Tok::RBrace});
    }
    if (keyword == Tok::For) {
      if (tok() != Tok::Semicolon) {
        if (tok() == Tok::LBrace) {
          syntax_error("expecting for loop condition");
          goto done;
        }
        cond = simple_stmt(false);
      }
      want(Tok::Semicolon);
      if (tok() != Tok::LBrace) {
        st->post = simple_stmt(false);
        if (st->post->kind == StmtKind::Assign && st->post->op == Tok::Define)
          syntax_error_at(st->post->pos, "cannot declare in post statement of for loop");
      }
    } else if (tok() != Tok::LBrace) {
      cond = simple_stmt(false);
    }
    st->init = init;
  } else {
    cond = init;
  }
done:
  if (!cond) {
    if (keyword == Tok::If && semi_pos.valid()) {
      if (semi_lit != "semicolon") syntax_error_at(semi_pos, "unexpected " + semi_lit + ", expecting { after if clause");
      else syntax_error_at(semi_pos, "missing condition in if statement");
    }
  } else if (cond->kind == StmtKind::Expr) {
    st->cond = cond->x;
  } else if (keyword == Tok::Switch && cond->kind == StmtKind::Assign && cond->op == Tok::Define && cond->lhs.size() == 1 &&
             cond->lhs[0]->kind == ExprKind::Ident && cond->rhs.size() == 1 && cond->rhs[0]->kind == ExprKind::TypeAssert &&
             !cond->rhs[0]->y) {
    st->post = cond;  // the type switch guard "v := x.(type)"
  } else {
    // '=' written for '==' turns the condition into an assignment: say so
    std::string str = cond->kind == StmtKind::Assign && cond->op == Tok::Assign
                          ? "assignment (" + list_string(cond->lhs) + ") = (" + list_string(cond->rhs) + ")"
                          : stmt_string(cond);
    syntax_error_at(cond->pos, "cannot use " + str + " as value");
  }
  expr_lev_ = outer;
}

// IfStmt = "if" [ SimpleStmt ";" ] Expression Block [ "else" ( IfStmt | Block ) ] .
Stmt* Parser::if_stmt() {
  Stmt* st = stmt(StmtKind::If, pos());
  next();
  header(st, Tok::If, nullptr);
  st->body = block("if clause");
  if (got(Tok::Else)) {
    if (tok() == Tok::If) {
      st->else_ = if_stmt();
    } else if (tok() == Tok::LBrace) {
      Stmt* b = stmt(StmtKind::BlockStmt, pos());
      b->body = block();
      st->else_ = b;
    } else {
      syntax_error("else must be followed by if or statement block");
      advance({Tok::Ident, Tok::RBrace});
    }
  }
  return st;
}

// SwitchStmt = ExprSwitchStmt | TypeSwitchStmt .
Stmt* Parser::switch_stmt() {
  Stmt* st = stmt(StmtKind::Switch, pos());
  next();
  header(st, Tok::Switch, nullptr);
  // A type switch: the guard "x.(type)" as the condition, or "v := x.(type)" kept in post.
  Expr* guard = nullptr;
  if (st->cond && st->cond->kind == ExprKind::TypeAssert && !st->cond->y) {
    guard = st->cond;
  } else if (st->post && st->post->kind == StmtKind::Assign && st->post->op == Tok::Define &&
             st->post->rhs.size() == 1 && st->post->rhs[0]->kind == ExprKind::TypeAssert && !st->post->rhs[0]->y) {
    guard = st->post->rhs[0];
    st->label = st->post->lhs[0]->name;
    st->label_pos = st->post->lhs[0]->pos;
  }
  if (guard) {
    st->kind = StmtKind::TypeSwitch;
    st->x = guard->x;
    st->cond = nullptr;
  } else {
    st->x = st->cond;
    st->cond = nullptr;
  }
  st->post = nullptr;
  if (!got(Tok::LBrace)) {
    syntax_error("missing { after switch clause");
    advance({Tok::Case, Tok::Default, Tok::RBrace});
  }
  while (tok() != Tok::Eof && tok() != Tok::RBrace) {
    CaseClause* c = file_->arena.make<CaseClause>();
    c->pos = pos();
    if (got(Tok::Default)) {
      c->is_default = true;
    } else if (got(Tok::Case)) {
      c->list = case_list(st->kind == StmtKind::TypeSwitch);
    } else {
      unexpected("case or default or }");
      advance({Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace});
    }
    c->colon = pos();
    want(Tok::Colon);
    c->body = stmt_list();
    st->clauses.push_back(c);
  }
  want(Tok::RBrace);
  return st;
}

// case_list: the expressions of an expression-switch case, or the types (and nil) of a type switch.
std::vector<Expr*> Parser::case_list(bool types) {
  std::vector<Expr*> list;
  do {
    if (types) {
      Expr* t = tok() == Tok::Ident && s_.text() == "nil" ? ident() : type_or_null();
      if (!t) t = expression();
      list.push_back(t);
    } else {
      list.push_back(expression());
    }
  } while (got(Tok::Comma));
  return list;
}

// SelectStmt = "select" "{" { CommClause } "}" .   CommCase = "case" ( SendStmt | RecvStmt ) | "default" .
Stmt* Parser::select_stmt() {
  Stmt* st = stmt(StmtKind::Select, pos());
  next();
  if (!got(Tok::LBrace)) {
    syntax_error("missing { after select clause");
    advance({Tok::Case, Tok::Default, Tok::RBrace});
  }
  while (tok() != Tok::Eof && tok() != Tok::RBrace) {
    CaseClause* c = file_->arena.make<CaseClause>();
    c->pos = pos();
    if (got(Tok::Default)) {
      c->is_default = true;
    } else if (got(Tok::Case)) {
      // gc's parser takes any simple statement here; the checker says which are no comm cases
      c->comm = simple_stmt(false);
    } else {
      unexpected("case or default or }");
      advance({Tok::Colon, Tok::Case, Tok::Default, Tok::RBrace});
    }
    c->colon = pos();
    want(Tok::Colon);
    c->body = stmt_list();
    st->clauses.push_back(c);
  }
  want(Tok::RBrace);
  return st;
}

// ForStmt = "for" [ Condition | ForClause | RangeClause ] Block .
Stmt* Parser::for_stmt() {
  Stmt* st = stmt(StmtKind::For, pos());
  next();
  bool is_range = false;
  header(st, Tok::For, &is_range);
  if (is_range) st->kind = StmtKind::Range;
  st->body = block("for clause");
  return st;
}

}  // namespace

std::unique_ptr<ast::File> parse(std::string_view source, Diagnostics& diags) {
  Parser p(source, diags);
  auto file = p.parse_file();
  file->filename = diags.file();
  return file;
}

}  // namespace goro::lang
