// The resolver: binds every name to its declaration through Go's scopes (universe, package, file,
// function, blocks, clauses) and reports, in Go 1.19's words, undefined names, unused variables,
// imports and labels, redeclarations and ":=" with nothing new. It needs no types: what it cannot
// know without them (struct field keys in composite literals) it treats leniently.
#include "goro/lang/resolver.h"

#include <memory>
#include <unordered_map>
#include <unordered_set>

namespace goro::lang {

namespace {

using namespace ast;

enum class SymKind : uint8_t { Builtin, Package, Const, Type, Var, Func, Label };

struct Symbol {
  Symbol(SymKind k, std::string n, Pos p) : kind(k), name(std::move(n)), pos(p) {}
  SymKind kind;
  std::string name;
  Pos pos;
  bool used = false;
  bool report_unused = false;  // local variables
  std::string import_path;     // packages
  std::string import_as;       // renamed imports
};

struct Scope {
  Scope() = default;
  explicit Scope(Scope* outer) : parent(outer) {}
  Scope* parent = nullptr;
  std::unordered_map<std::string, Symbol*> names;
};

const char* kUniverse[] = {
    // types
    "bool", "byte", "complex64", "complex128", "error", "float32", "float64", "int", "int8", "int16",
    "int32", "int64", "rune", "string", "uint", "uint8", "uint16", "uint32", "uint64", "uintptr", "any",
    "comparable",
    // constants and zero value
    "true", "false", "iota", "nil",
    // functions
    "append", "cap", "close", "complex", "copy", "delete", "imag", "len", "make", "new", "panic",
    "print", "println", "real", "recover"};

std::string package_name_of(const std::string& path) {
  size_t slash = path.rfind('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

class Resolver {
 public:
  Resolver(const File& file, Diagnostics& diags) : file_(file), diags_(diags) {
    for (const char* n : kUniverse) declare(&universe_, SymKind::Builtin, n, Pos{});
  }

  void run() {
    Scope pkg{&universe_};
    Scope file_scope{&pkg};
    // Package-level names are visible everywhere in the package, whatever their order.
    for (const Decl& d : file_.decls) {
      if (d.func) {
        if (!d.func->recv && d.func->name->name != "init" && d.func->name->name != "_") {
          declare_checked(&pkg, SymKind::Func, d.func->name->name, d.func->name->pos);
        }
      } else if (d.gen && d.gen->tok != Tok::Import) {
        for (ValueSpec* v : d.gen->values) {
          for (Expr* n : v->names) declare_checked(&pkg, d.gen->tok == Tok::Const ? SymKind::Const : SymKind::Var, n->name, n->pos);
        }
        for (TypeSpec* t : d.gen->types) declare_checked(&pkg, SymKind::Type, t->name->name, t->name->pos);
      }
    }
    std::vector<Symbol*> imports;
    for (const Decl& d : file_.decls) {
      if (!d.gen || d.gen->tok != Tok::Import) continue;
      for (ImportSpec* s : d.gen->imports) {
        std::string name = s->name.empty() ? package_name_of(s->path) : s->name;
        if (name == "_" || name == ".") continue;
        Symbol* sym = declare_checked(&file_scope, SymKind::Package, name, s->pos);
        if (!sym) continue;
        sym->import_path = s->path;
        sym->import_as = s->name;
        imports.push_back(sym);
      }
    }
    scope_ = &file_scope;
    for (const Decl& d : file_.decls) {
      if (d.gen && d.gen->tok != Tok::Import) gen_decl(*d.gen, /*local=*/false);
      if (d.func) func(d.func->recv, d.func->type, d.func->body);
    }
    for (Symbol* s : imports) {
      if (s->used) continue;
      std::string msg = "imported and not used: \"" + s->import_path + "\"";
      if (!s->import_as.empty()) msg += " as " + s->import_as;
      diags_.error(s->pos, msg);
    }
  }

 private:
  Symbol* declare(Scope* sc, SymKind k, const std::string& name, Pos pos) {
    owned_.push_back(std::make_unique<Symbol>(Symbol{k, name, pos}));
    Symbol* s = owned_.back().get();
    sc->names[name] = s;
    return s;
  }
  // declare_checked reports "x redeclared in this block" with Go's second line.
  Symbol* declare_checked(Scope* sc, SymKind k, const std::string& name, Pos pos) {
    if (name == "_") return nullptr;
    if (auto it = sc->names.find(name); it != sc->names.end()) {
      diags_.error(pos, name + " redeclared in this block\n\t" + diags_.file() + ":" +
                            std::to_string(it->second->pos.line) + ":" + std::to_string(it->second->pos.col) +
                            ": other declaration of " + name);
      return nullptr;
    }
    return declare(sc, k, name, pos);
  }
  Symbol* lookup(const std::string& name) const {
    for (Scope* s = scope_; s; s = s->parent) {
      if (auto it = s->names.find(name); it != s->names.end()) return it->second;
    }
    return nullptr;
  }

  // Scopes: push opens a block; pop reports its unused variables.
  void push() { scopes_.push_back(std::make_unique<Scope>(Scope{scope_})), scope_ = scopes_.back().get(); }
  void pop() {
    for (auto& [name, s] : scope_->names) {
      if (s->report_unused && !s->used) diags_.error(s->pos, name + " declared but not used");
    }
    scope_ = scope_->parent;
  }

  void use(const Expr* id) {
    if (id->name == "_") return;
    if (Symbol* s = lookup(id->name)) {
      s->used = true;
    } else {
      diags_.error(id->pos, "undefined: " + id->name);
    }
  }

  // ---- declarations ----
  void gen_decl(const GenDecl& d, bool local) {
    if (d.tok == Tok::Type) {
      for (TypeSpec* t : d.types) {
        if (local) declare_checked(scope_, SymKind::Type, t->name->name, t->name->pos);  // visible in its own type
        type(t->type);
      }
      return;
    }
    for (ValueSpec* v : d.values) {
      type(v->type);
      for (Expr* e : v->values) expr(e);
      if (!local) continue;
      for (Expr* n : v->names) {
        Symbol* s = declare_checked(scope_, d.tok == Tok::Const ? SymKind::Const : SymKind::Var, n->name, n->pos);
        if (s && d.tok == Tok::Var) s->report_unused = true;
      }
    }
  }

  void func(const Field* recv, const Expr* ftype, const Block* body) {
    Scope* saved = scope_;
    auto saved_labels = std::move(labels_);
    labels_.clear();
    push();
    if (recv) field(recv, /*declare=*/true);
    for (Field* f : ftype->fields) field(f, true);
    for (Field* f : ftype->results) field(f, true);
    if (body) {
      collect_labels(body->stmts);
      for (Stmt* s : body->stmts) stmt(s);
    }
    for (auto& [name, s] : labels_) {
      if (!s->used) diags_.error(s->pos, "label " + name + " defined and not used");
    }
    pop();
    scope_ = saved;
    labels_ = std::move(saved_labels);
  }

  void field(const Field* f, bool declare_names) {
    type(f->type);
    if (!declare_names) return;
    for (Expr* n : f->names) declare_checked(scope_, SymKind::Var, n->name, n->pos);
  }

  void collect_labels(const std::vector<Stmt*>& list) {
    for (Stmt* s : list) {
      if (!s) continue;
      if (s->kind == StmtKind::Labeled) {
        if (labels_.count(s->label)) {
          diags_.error(s->label_pos, "label " + s->label + " already defined");
        } else {
          owned_.push_back(std::make_unique<Symbol>(Symbol{SymKind::Label, s->label, s->label_pos}));
          labels_[s->label] = owned_.back().get();
        }
        collect_labels({s->stmt});
      }
      if (s->body) collect_labels(s->body->stmts);
      if (s->else_) collect_labels({s->else_});
      for (CaseClause* c : s->clauses) collect_labels(c->body);
    }
  }

  // ---- types and expressions ----
  void type(const Expr* t) {
    if (!t) return;
    switch (t->kind) {
      case ExprKind::StructType:
        for (Field* f : t->fields) type(f->type);
        return;
      case ExprKind::InterfaceType:
        for (Field* f : t->fields) type(f->type);
        return;
      case ExprKind::FuncType:
        for (Field* f : t->fields) type(f->type);
        for (Field* f : t->results) type(f->type);
        return;
      default: expr(t);
    }
  }

  void expr(const Expr* e) {
    if (!e) return;
    switch (e->kind) {
      case ExprKind::Ident: use(e); return;
      case ExprKind::BasicLit:
      case ExprKind::Bad: return;
      case ExprKind::Selector: expr(e->x); return;  // fields and methods need types
      case ExprKind::FuncLit: func(nullptr, e->type, e->body); return;
      case ExprKind::CompositeLit:
        type(e->type);
        for (Expr* el : e->list) {
          if (el->kind == ExprKind::KeyValue) {
            // A bare name as key is a struct field name or a map key expression; without types,
            // count it as a use if it names something, and never as undefined.
            if (el->x->kind == ExprKind::Ident) {
              if (Symbol* s = lookup(el->x->name)) s->used = true;
            } else {
              expr(el->x);
            }
            expr(el->y);
          } else {
            expr(el);
          }
        }
        return;
      case ExprKind::StructType:
      case ExprKind::InterfaceType:
      case ExprKind::FuncType: type(e); return;
      default: break;
    }
    expr(e->x);
    expr(e->y);
    expr(e->type);
    for (Expr* x : e->list) expr(x);
  }

  // ---- statements ----
  void block(const Block* b) {
    if (!b) return;
    push();
    for (Stmt* s : b->stmts) stmt(s);
    pop();
  }

  // assign_target: the left side of a plain assignment; a bare name there is not a use.
  void assign_target(const Expr* e) {
    if (e->kind == ExprKind::Ident) {
      if (e->name != "_" && !lookup(e->name)) diags_.error(e->pos, "undefined: " + e->name);
      return;
    }
    expr(e);
  }

  void define(const std::vector<Expr*>& lhs, Pos op_pos) {
    bool any_new = false;
    for (Expr* e : lhs) {
      if (e->kind != ExprKind::Ident) {
        diags_.error(e->pos, "non-name on left side of :=");
        any_new = true;
        continue;
      }
      if (e->name == "_") continue;
      if (scope_->names.count(e->name)) continue;  // assigned, not declared
      Symbol* s = declare(scope_, SymKind::Var, e->name, e->pos);
      s->report_unused = true;
      any_new = true;
    }
    if (!any_new) diags_.error(op_pos, "no new variables on left side of :=");
  }

  void stmt(const Stmt* s) {
    if (!s) return;
    switch (s->kind) {
      case StmtKind::Decl: gen_decl(*s->decl, true); return;
      case StmtKind::Labeled: stmt(s->stmt); return;
      case StmtKind::Expr: expr(s->x); return;
      case StmtKind::Send: expr(s->x); expr(s->value); return;
      case StmtKind::IncDec: expr(s->x); return;
      case StmtKind::Assign:
        for (Expr* e : s->rhs) expr(e);
        if (s->op == Tok::Define) {
          define(s->lhs, s->pos);
        } else if (s->op == Tok::Assign) {
          for (Expr* e : s->lhs) assign_target(e);
        } else {
          for (Expr* e : s->lhs) expr(e);  // x += 1 reads x
        }
        return;
      case StmtKind::Go:
      case StmtKind::Defer: expr(s->x); return;
      case StmtKind::Return:
        for (Expr* e : s->rhs) expr(e);
        return;
      case StmtKind::Branch:
        if (!s->label.empty()) {
          if (auto it = labels_.find(s->label); it != labels_.end()) {
            it->second->used = true;
          } else {
            diags_.error(s->label_pos, "label " + s->label + " not defined");
          }
        }
        return;
      case StmtKind::BlockStmt: block(s->body); return;
      case StmtKind::If:
        push();
        stmt(s->init);
        expr(s->cond);
        block(s->body);
        stmt(s->else_);
        pop();
        return;
      case StmtKind::Switch:
        push();
        stmt(s->init);
        expr(s->x);
        for (CaseClause* c : s->clauses) {
          for (Expr* e : c->list) expr(e);
          push();
          for (Stmt* b : c->body) stmt(b);
          pop();
        }
        pop();
        return;
      case StmtKind::TypeSwitch: {
        push();
        stmt(s->init);
        expr(s->x);
        // The bound name is declared once per clause; it is unused only if no clause uses it.
        bool bound = !s->label.empty() && s->label != "_";
        bool used_somewhere = false;
        for (CaseClause* c : s->clauses) {
          for (Expr* e : c->list) type(e);
          push();
          Symbol* sym = bound ? declare(scope_, SymKind::Var, s->label, s->label_pos) : nullptr;
          for (Stmt* b : c->body) stmt(b);
          if (sym && sym->used) used_somewhere = true;
          pop();
        }
        if (bound && !used_somewhere) diags_.error(s->label_pos, s->label + " declared but not used");
        pop();
        return;
      }
      case StmtKind::Select:
        for (CaseClause* c : s->clauses) {
          push();
          stmt(c->comm);
          for (Stmt* b : c->body) stmt(b);
          pop();
        }
        return;
      case StmtKind::For:
        push();
        stmt(s->init);
        expr(s->cond);
        stmt(s->post);
        block(s->body);
        pop();
        return;
      case StmtKind::Range:
        push();
        expr(s->x);
        if (s->op == Tok::Define) {
          std::vector<Expr*> lhs;
          if (s->key) lhs.push_back(s->key);
          if (s->value) lhs.push_back(s->value);
          define(lhs, s->pos);
        } else {
          if (s->key) assign_target(s->key);
          if (s->value) assign_target(s->value);
        }
        block(s->body);
        pop();
        return;
      case StmtKind::Empty:
      case StmtKind::Bad: return;
    }
  }

  const File& file_;
  Diagnostics& diags_;
  Scope universe_;
  Scope* scope_ = nullptr;
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::vector<std::unique_ptr<Symbol>> owned_;
  std::unordered_map<std::string, Symbol*> labels_;
};

}  // namespace

void resolve(const ast::File& file, Diagnostics& diags) { Resolver(file, diags).run(); }

std::unique_ptr<ast::File> check(std::string_view source, Diagnostics& diags) {
  auto file = parse(source, diags);
  // Like Go, names are checked only in a file without syntax errors.
  if (diags.empty()) resolve(*file, diags);
  return file;
}

}  // namespace goro::lang
