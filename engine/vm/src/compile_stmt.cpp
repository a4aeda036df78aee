// Statements, function bodies and the checks that need control flow ("missing return").
#include <algorithm>
#include <set>

#include "compiler_class.h"
#include "natives.h"

namespace goro::vm {

using ast::ExprKind;
using ast::StmtKind;

void walk_expr(ast::Expr* e, const std::function<void(ast::Expr*)>& fn) {
  if (!e) return;
  fn(e);
  walk_expr(e->x, fn);
  walk_expr(e->y, fn);
  walk_expr(e->type, fn);
  for (ast::Expr* x : e->list) walk_expr(x, fn);
  if (e->body)
    for (ast::Stmt* s : e->body->stmts) walk_stmt(s, fn);
}

void walk_stmt(ast::Stmt* s, const std::function<void(ast::Expr*)>& fn) {
  if (!s) return;
  for (ast::Expr* e : s->lhs) walk_expr(e, fn);
  for (ast::Expr* e : s->rhs) walk_expr(e, fn);
  walk_expr(s->x, fn);
  walk_expr(s->key, fn);
  walk_expr(s->value, fn);
  walk_expr(s->cond, fn);
  walk_stmt(s->init, fn);
  walk_stmt(s->post, fn);
  walk_stmt(s->else_, fn);
  walk_stmt(s->stmt, fn);
  if (s->body)
    for (ast::Stmt* b : s->body->stmts) walk_stmt(b, fn);
  for (ast::CaseClause* c : s->clauses) {
    for (ast::Expr* e : c->list) walk_expr(e, fn);
    walk_stmt(c->comm, fn);
    for (ast::Stmt* b : c->body) walk_stmt(b, fn);
  }
  if (s->decl)
    for (ast::ValueSpec* v : s->decl->values)
      for (ast::Expr* e : v->values) walk_expr(e, fn);
}

namespace {
// escaping_names: names referenced inside closures or whose address is taken; locals with these
// names live in boxes so that every reference shares them.
std::set<std::string> escaping_names(ast::Block* body) {
  std::set<std::string> out;
  std::function<void(ast::Expr*)> in_closure = [&](ast::Expr* e) {
    if (e->kind == ExprKind::Ident) out.insert(e->name);
  };
  std::function<void(ast::Expr*)> visit = [&](ast::Expr* e) {
    if (e->kind == ExprKind::FuncLit && e->body)
      for (ast::Stmt* s : e->body->stmts) walk_stmt(s, in_closure);
    if (e->kind == ExprKind::Unary && e->op == Tok::And) {
      ast::Expr* x = e->x;
      while (x && x->kind == ExprKind::Paren) x = x->x;
      if (x && x->kind == ExprKind::Ident) out.insert(x->name);
    }
  };
  if (body)
    for (ast::Stmt* s : body->stmts) walk_stmt(s, visit);
  return out;
}

bool needs_box_for_methods(const Type* t) {
  if (t->value_boxed() || !t->named()) return false;
  for (const Method& m : t->methods)
    if (m.ptr_recv) return true;
  return false;
}
}  // namespace

Entity* Compiler::declare_local(const std::string& name, lang::Pos pos, const Type* t, int src, bool fresh) {
  int r = reg();
  fs_->keep = std::max(fs_->keep, r + 1);
  bool boxed = !t->value_boxed() && (fs_->escaping.count(name) || needs_box_for_methods(t));
  if (src < 0) {
    zero_to_reg(t, r);
    if (boxed) emit(Op::Box, r, r);
  } else if (boxed) {
    emit(Op::Box, r, src);
  } else if (t->value_boxed() && !fresh) {
    emit(Op::Clone, r, src);
  } else {
    emit(Op::Mov, r, src);
  }
  Entity* e = new_entity(Entity::Local, name);
  e->type = t;
  e->index = r;
  e->boxed = boxed;
  e->owner = fs_;
  e->pos = pos;
  e->report_unused = true;
  declare_in_scope(fs_->scope, name, e);
  return e;
}

void Compiler::declare_in_scope(Scope* sc, const std::string& name, Entity* e) {
  if (name == "_") return;
  auto it = sc->names.find(name);
  if (it != sc->names.end()) {
    Entity* alt = it->second;
    std::string msg = name + " redeclared in this block";
    if (alt->pos.valid()) msg += "\n\t" + file_ + ":" + std::to_string(alt->pos.line) + ":" + std::to_string(alt->pos.col) + ": other declaration of " + name;
    error(e->pos, msg);
    e->used = true;
    return;
  }
  sc->names[name] = e;
}

void Compiler::report_unused(FuncState* fs) {
  // types2's usage: per scope, in scope order, sorted by position; nested functions report
  // their own at the end of their bodies.
  if (pkg_->name != "main") return;
  for (auto& sc : fs->scopes) {
    std::vector<Entity*> unused;
    for (auto& [name, e] : sc->names)
      if (e->k == Entity::Local && e->report_unused && !e->used) unused.push_back(e);
    std::sort(unused.begin(), unused.end(), [](Entity* a, Entity* b) { return a->pos < b->pos; });
    for (Entity* e : unused) error(e->pos, e->name + " declared but not used");
  }
}

void Compiler::compile_function(ast::FuncDecl* fd, int index) {
  auto node = func_node_.find(index);
  cur_deps_ = node != func_node_.end() ? &nodes_[node->second].deps : nullptr;
  FuncState fs;
  fs.fn = p_.funcs[index].get();
  fs.fn->decl = {fd->pos.line, fd->pos.col};
  fs.fn->file = pkg_->name == "main" ? diags_.file() : "<prelude>/" + pkg_->path + ".go";
  fs.escaping = escaping_names(fd->body);
  fs_ = &fs;
  const Type* recv_t = nullptr;
  if (fd->recv) {
    ast::Expr* rt = fd->recv->type;
    bool ptr = rt->kind == ExprKind::Star;
    const Type* base = resolve_type(ptr ? rt->x : rt);
    recv_t = ptr ? types_.pointer(base) : base;
  }
  compile_body(fd->type, fd->body, fs.fn->sig, fd->recv, recv_t);
  fs_ = nullptr;
  cur_deps_ = nullptr;
}

void Compiler::compile_body(ast::Expr* ftype, ast::Block* body, const Type* sig, ast::Field* recv, const Type* recv_t) {
  Function* fn = fs_->fn;
  if (fn->file.empty()) fn->file = pkg_->name == "main" ? diags_.file() : "<prelude>/" + pkg_->path + ".go";
  fs_->scopes.push_back(std::make_unique<Scope>());
  fs_->scope = fs_->scopes.back().get();
  std::vector<std::string> names;
  std::vector<lang::Pos> poss;
  func_type(ftype, nullptr, &names, &poss);
  int nrecv = recv ? 1 : 0;
  fn->nparams = static_cast<uint32_t>(nrecv + sig->params.size());
  fn->nresults = static_cast<uint32_t>(sig->results.size());
  fn->has_recv = recv != nullptr;
  fs_->next_reg = static_cast<int>(fn->nparams + fn->nresults);
  fn->nregs = std::max<uint32_t>(fn->nregs, fs_->next_reg);
  fs_->keep = fs_->next_reg;
  fs_->cur = body ? body->lbrace : lang::Pos{};
  auto bind_param = [&](const std::string& name, lang::Pos pos, const Type* t, int r) {
    if (name.empty() || name == "_") return;
    bool boxed = !t->value_boxed() && (fs_->escaping.count(name) || needs_box_for_methods(t));
    Entity* e = new_entity(Entity::Local, name);
    e->type = t;
    e->owner = fs_;
    e->pos = pos;
    if (boxed) {
      int b = reg();
      fs_->keep = b + 1;
      emit(Op::Box, b, r);
      e->index = b;
      e->boxed = true;
    } else {
      e->index = r;
    }
    declare_in_scope(fs_->scope, name, e);
  };
  if (recv && !recv->names.empty()) bind_param(recv->names[0]->name, recv->names[0]->pos, recv_t, 0);
  for (size_t i = 0; i < sig->params.size(); ++i) bind_param(names[i], poss[i], sig->params[i], nrecv + static_cast<int>(i));
  // Results start at their zero values (a recovered panic returns them).
  int rbase = static_cast<int>(fn->nparams);
  fs_->results = sig->results;
  fs_->result_regs.clear();
  size_t ri = 0;
  fs_->named_results = false;
  for (ast::Field* f : ftype->results) {
    size_t n = f->names.empty() ? 1 : f->names.size();
    for (size_t k = 0; k < n; ++k, ++ri) {
      int r = rbase + static_cast<int>(ri);
      const Type* t = sig->results[ri];
      zero_to_reg(t, r);
      fs_->result_regs.push_back(r);
      if (!f->names.empty()) {
        fs_->named_results = true;
        const std::string& name = f->names[k]->name;
        fs_->result_names.push_back(name);
        fs_->result_ents.push_back(nullptr);
        if (name == "_") continue;
        bool boxed = !t->value_boxed() && (fs_->escaping.count(name) || needs_box_for_methods(t));
        Entity* e = new_entity(Entity::Local, name);
        e->type = t;
        e->owner = fs_;
        e->index = r;
        e->pos = f->names[k]->pos;
        if (boxed) {
          int b = reg();
          fs_->keep = b + 1;
          emit(Op::Box, b, r);
          e->index = b;
          e->boxed = true;
          fn->result_boxes.push_back({static_cast<int>(ri), b});
        }
        fs_->result_ents.back() = e;
        declare_in_scope(fs_->scope, name, e);
      }
    }
  }
  if (body) {
    block(body->stmts);
    fs_->cur = body->rbrace;
    if (!sig->results.empty() && !terminates_list(body->stmts)) error(body->rbrace, "missing return");
    report_unused(fs_);
  }
  emit(Op::Ret);
}

void Compiler::block(const std::vector<ast::Stmt*>& stmts) {
  for (ast::Stmt* s : stmts) {
    int mark = fs_->next_reg;
    stmt(s);
    fs_->next_reg = std::max(mark, fs_->keep);
    if (errors_ > 20) return;
  }
}

void Compiler::stmt(ast::Stmt* s) {
  // types2 checks the bodies of the function literals in a statement after the statement
  size_t top = delayed_.size();
  stmt_here(s);
  for (size_t i = top; i < delayed_.size(); ++i) diags_.append(std::move(delayed_[i]));
  delayed_.resize(top);
}

void Compiler::stmt_here(ast::Stmt* s) {
  fs_->cur = s->pos;
  switch (s->kind) {
    case StmtKind::Empty: case StmtKind::Bad: return;
    case StmtKind::Decl:
      if (s->decl->tok == Tok::Var) var_decl(s->decl, false);
      else if (s->decl->tok == Tok::Const) {
        ast::ValueSpec* last = nullptr;
        for (ast::ValueSpec* vs : s->decl->values) {
          bool inherited = vs->implicit && last;
          if (!vs->implicit) last = vs;
          const_arity(vs, last, inherited);
          for (size_t i = 0; i < vs->names.size(); ++i) {
            Entity* e = new_entity(Entity::Const, vs->names[i]->name);
            pending_consts_[e] = {last, static_cast<int>(i), vs->iota, pkg_};
            // local constants are resolved in the current function's scope
            auto& pc = pending_consts_[e];
            pc.busy = true;
            int saved = iota_;
            iota_ = vs->iota;
            if (last && i < last->values.size()) init_const(e, last->values[i], last->type);
            else e->type = types_.basic(Kind::Invalid);
            iota_ = saved;
            pending_consts_.erase(e);
            e->pos = vs->names[i]->pos;
            declare_in_scope(fs_->scope, e->name, e);
          }
        }
      } else if (s->decl->tok == Tok::Type) {
        local_type_decl(s->decl);
      }
      return;
    case StmtKind::Labeled: {
      ast::Stmt* in = s->stmt;
      if (in && in->kind == StmtKind::For) for_stmt(in, s->label);
      else if (in && in->kind == StmtKind::Range) range_stmt(in, s->label);
      else if (in && in->kind == StmtKind::Switch) switch_stmt(in, s->label);
      else if (in && in->kind == StmtKind::TypeSwitch) type_switch(in, s->label);
      else if (in && in->kind == StmtKind::Select) select_stmt(in, s->label);
      else if (in) stmt(in);
      return;
    }
    case StmtKind::Expr: {
      // Calls and receives may stand as statements; builtins with results, conversions and
      // other expressions may not (types2's ExprStmt).
      ast::Expr* x = s->x;
      ast::Expr* inner = x;
      while (inner->kind == ExprKind::Paren) inner = inner->x;
      Operand o;
      bool statement = false;
      if (inner->kind == ExprKind::Call) {
        call_kind_ = CallKind::Statement;
        o = call(inner, -1);
        statement = call_kind_ == CallKind::Statement;
      } else if (inner->kind == ExprKind::Unary && inner->op == Tok::Arrow) {
        o = recv_expr(inner, false);
        statement = true;
      } else {
        o = expr(x);
      }
      if (!o.ok()) return;
      o.expr = x;
      const char* msg = o.mode == Operand::Builtin ? "must be called" : o.mode == Operand::TypeExpr ? "is not an expression" : nullptr;
      if (!msg) {
        if (statement) return;
        msg = "is not used";
      }
      error(start_pos(x), describe(o) + " " + msg);
      return;
    }
    case StmtKind::Send: {
      // types2 evaluates the channel and the value before it looks at the channel's type
      Operand c = expr(s->lhs.empty() ? s->x : s->lhs[0]);
      ast::Expr* ve = s->rhs.empty() ? s->value : s->rhs[0];
      const Type* u = c.ok() ? c.type->u() : nullptr;
      bool can_send = u && u->kind == Kind::Chan && u->dir != Dir::Recv;
      int cr = can_send ? read(c) : -1;
      Operand v = expr(ve, can_send ? u->elem : nullptr);
      if (!can_send) {
        if (!c.ok() || !exclude(v)) return;
        if (u->kind != Kind::Chan) error(start_pos(c.expr), "invalid operation: cannot send to non-channel " + describe(c));
        else error(start_pos(c.expr), "invalid operation: cannot send to receive-only channel " + describe(c));
        return;
      }
      int vr = value_to(v, u->elem, "send");
      fs_->cur = s->pos;
      emit(Op::Send, cr, vr);
      return;
    }
    case StmtKind::IncDec: {
      ast::Expr* target = s->x ? s->x : s->lhs[0];
      LValue lv = lvalue(target);
      if (lv.k == LValue::Blank && !lv.type) return;
      Operand cur = expr(target);
      if (!cur.ok()) return;
      if (!cur.type->u()->is_numeric()) {
        error(s->pos, "invalid operation: " + expr_string(target) + std::string(spelling(s->op)) + " (non-numeric type " + tstr(cur.type) + ")");
        return;
      }
      int r = reg();
      int one = reg();
      const Type* u = cur.type->u();
      if (u->is_float()) {
        emit(Op::Const, one, konst(Value::of_float(1)));
        emit(s->op == Tok::Inc ? Op::FAdd : Op::FSub, r, cur.reg, one);
      } else {
        emit(Op::Int, one, 1);
        emit(s->op == Tok::Inc ? Op::Add : Op::Sub, r, cur.reg, one);
        if (u->int_bits() < 64) emit(Op::Wrap, r, r, 0, static_cast<int>(u->kind));
      }
      store(lv, r, true);
      return;
    }
    case StmtKind::Assign:
      if (s->op == Tok::Define) define(s);
      else assign_stmt(s);
      return;
    case StmtKind::Go: case StmtKind::Defer: go_defer(s); return;
    case StmtKind::Return: return_stmt(s); return;
    case StmtKind::Branch: branch(s); return;
    case StmtKind::BlockStmt: {
      int mark = fs_->next_reg, keep = fs_->keep;
      push_scope();
      block(s->body->stmts);
      pop_scope();
      fs_->keep = keep;
      fs_->next_reg = mark;
      return;
    }
    case StmtKind::If: if_stmt(s); return;
    case StmtKind::Switch: switch_stmt(s, ""); return;
    case StmtKind::TypeSwitch: type_switch(s, ""); return;
    case StmtKind::Select: select_stmt(s, ""); return;
    case StmtKind::For: for_stmt(s, ""); return;
    case StmtKind::Range: range_stmt(s, ""); return;
  }
}

LValue Compiler::not_assignable(ast::Expr* e, Operand& z) {
  // types2's assignVar: only variables and map index expressions take assignments.
  LValue lv;
  lv.type = types_.basic(Kind::Invalid);
  if (!z.ok() || !exclude(z)) return lv;
  z.expr = e;
  ast::Expr* bare = e;
  while (bare->kind == ExprKind::Paren) bare = bare->x;
  if (bare->kind == ExprKind::Selector) {
    // a field of a struct in a map: m[k].f = v
    ast::Expr* base = bare->x;
    while (base->kind == ExprKind::Paren) base = base->x;
    if (base->kind == ExprKind::Index) {
      size_t mark = here();
      int mreg = fs_->next_reg;
      Operand m = expr(base->x);
      fs_->fn->code.resize(mark);
      fs_->fn->pos.resize(mark);
      fs_->next_reg = mreg;
      if (m.ok() && m.type && m.type->u()->kind == Kind::Map) {
        error(start_pos(e), "cannot assign to struct field " + expr_string(e) + " in map");
        return lv;
      }
    }
  }
  error(start_pos(e), "cannot assign to " + describe(z));
  return lv;
}

LValue Compiler::lvalue(ast::Expr* e) {
  LValue lv;
  ast::Expr* orig = e;
  while (e->kind == ExprKind::Paren) e = e->x;
  if (e->kind == ExprKind::Ident) {
    if (e->name == "_") return lv;
    Entity* ent = lookup(e->name);
    if (!ent) {
      error(e->pos, "undefined: " + e->name);
      lv.type = types_.basic(Kind::Invalid);
      return lv;
    }
    if (ent->k == Entity::Local) {
      lv.type = ent->type;
      int r = ent->index;
      if (ent->owner != fs_) {
        bool used = ent->used;  // assigning to a variable is no use of it
        Operand probe = ident(e);  // registers the capture and loads it
        (void)probe;
        ent->used = used;
        int idx = -1;
        for (size_t i = 0; i < fs_->captures.size(); ++i)
          if (fs_->captures[i] == ent) idx = static_cast<int>(i);
        r = reg();
        emit(Op::Captured, r, idx);
      }
      lv.k = ent->boxed ? LValue::BoxReg : LValue::Reg;
      lv.a = r;
      return lv;
    }
    if (ent->k == Entity::Global) {
      lv.k = LValue::Global;
      lv.type = global_type(ent);
      lv.a = ent->index;
      if (!lv.type) lv.type = types_.basic(Kind::Invalid);
      return lv;
    }
    Operand o = expr(e);
    return not_assignable(orig, o);
  }
  if (e->kind == ExprKind::Selector) {
    if (e->x->kind == ExprKind::Ident) {
      Entity* pe = lookup(e->x->name);
      if (pe && pe->k == Entity::Pkg) {
        auto it = pe->pkg->scope.names.find(e->name);
        if (it != pe->pkg->scope.names.end() && it->second->k == Entity::Global && std::isupper(static_cast<unsigned char>(e->name[0]))) {
          lv.k = LValue::Global;
          lv.type = global_type(it->second);
          if (!lv.type) lv.type = types_.basic(Kind::Invalid);
          lv.a = it->second->index;
          return lv;
        }
      }
    }
    Operand f = selector(e);
    if (!f.ok()) {
      lv.type = types_.basic(Kind::Invalid);
      return lv;
    }
    Instr& last = fs_->fn->code.back();
    if (f.variable && f.mode == Operand::Value && last.op == Op::Field && last.a == f.reg) {
      lv.k = LValue::Field;
      lv.type = f.type;
      lv.a = last.b;
      lv.field = last.c;
      lv.offset = static_cast<int>(last.x);
      fs_->fn->code.pop_back();
      fs_->fn->pos.pop_back();
      return lv;
    }
    return not_assignable(orig, f);
  }
  if (e->kind == ExprKind::Index) {
    Operand x = expr(e->x);
    if (!x.ok()) {
      lv.type = types_.basic(Kind::Invalid);
      return lv;
    }
    const Type* u = x.type->u();
    if (u->kind == Kind::Map) {
      lv.k = LValue::MapEntry;
      lv.type = u->elem;
      lv.a = read(x);
      Operand k = expr(e->list[0], u->key);
      lv.b = value_to(k, u->key, "map index");
      if (!k.ok()) lv.type = types_.basic(Kind::Invalid);
      return lv;
    }
    // slices and arrays: compile as an index read, then reuse its operands
    Operand v = index_expr(e);
    if (!v.ok()) {
      lv.type = types_.basic(Kind::Invalid);
      return lv;
    }
    Instr last = fs_->fn->code.back();
    if (v.variable && last.op == Op::Index && last.a == v.reg) {
      fs_->fn->code.pop_back();
      fs_->fn->pos.pop_back();
      lv.k = last.x == 0 ? LValue::Index : LValue::IndexArr;
      lv.type = v.type;
      lv.a = last.b;
      lv.b = last.c;
      return lv;
    }
    return not_assignable(orig, v);
  }
  if (e->kind == ExprKind::Star) {
    Operand p = expr(e->x);
    if (!p.ok() || !exclude(p)) {
      lv.type = types_.basic(Kind::Invalid);
      return lv;
    }
    if (p.type->u()->kind != Kind::Pointer) {
      error(start_pos(p.expr), "invalid operation: cannot indirect " + describe(p));
      lv.type = types_.basic(Kind::Invalid);
      return lv;
    }
    lv.k = LValue::Deref;
    lv.type = p.type->u()->elem;
    lv.a = read(p);
    return lv;
  }
  Operand o = expr(e);
  return not_assignable(orig, o);
}

void Compiler::store(const LValue& lv, int r, bool fresh) {
  bool boxed_val = lv.type && lv.type->value_boxed();
  (void)fresh;
  switch (lv.k) {
    case LValue::Blank: return;
    case LValue::Reg:
      if (boxed_val) emit(Op::CopyInto, lv.a, r);
      else if (lv.a != r) emit(Op::Mov, lv.a, r);
      return;
    case LValue::BoxReg: emit(Op::SetBox, lv.a, r); return;
    case LValue::Global:
      if (boxed_val) {
        int t = reg();
        emit(Op::LoadG, t, lv.a);
        emit(Op::CopyInto, t, r);
      } else {
        emit(Op::StoreG, lv.a, r);
      }
      return;
    case LValue::Field:
      if (boxed_val) {
        int t = reg();
        emit(Op::Field, t, lv.a, lv.field, lv.offset);
        emit(Op::CopyInto, t, r);
      } else {
        emit(Op::SetField, lv.a, lv.field, r, lv.offset);
      }
      return;
    case LValue::Index: case LValue::IndexArr:
      if (boxed_val) {
        int t = reg();
        emit(Op::Index, t, lv.a, lv.b, lv.k == LValue::Index ? 0 : 1);
        emit(Op::CopyInto, t, r);
      } else {
        emit(Op::SetIndex, lv.a, lv.b, r, lv.k == LValue::Index ? 0 : 1);
      }
      return;
    case LValue::MapEntry: emit(Op::MapSet, lv.a, lv.b, r); return;
    case LValue::Deref:
      if (boxed_val) emit(Op::CopyInto, lv.a, r);
      else emit(Op::Store, lv.a, r);
      return;
  }
}

std::string Compiler::call_name(ast::Expr* e) {
  while (e->kind == ExprKind::Paren) e = e->x;
  if (e->kind == ExprKind::Call) return expr_string(e->x);
  return expr_string(e);
}

namespace {
bool is_comma_ok_expr(ast::Expr* e) {
  while (e->kind == ExprKind::Paren) e = e->x;
  return (e->kind == ExprKind::Index) || (e->kind == ExprKind::TypeAssert) || (e->kind == ExprKind::Unary && e->op == Tok::Arrow);
}
}  // namespace

// multi_rhs: the operand for "a, b = rhs" with one right-hand side (calls and comma-ok forms).
Operand multi_rhs(Compiler& c, ast::Expr* e, size_t nlhs) {
  ast::Expr* x = e;
  while (x->kind == ExprKind::Paren) x = x->x;
  if (nlhs == 2 && is_comma_ok_expr(x)) {
    if (x->kind == ExprKind::TypeAssert) return c.type_assert(x, true);
    if (x->kind == ExprKind::Unary) return c.recv_expr(x, true);
    Operand probe_m;
    // map index: only maps have a comma-ok form
    size_t mark = c.fs_->fn->code.size();
    int mreg = c.fs_->next_reg;
    Operand m = c.expr(x->x);
    c.fs_->fn->code.resize(mark);
    c.fs_->fn->pos.resize(mark);
    c.fs_->next_reg = mreg;
    if (m.ok() && m.type && m.type->u()->kind == Kind::Map) return c.map_index(x, true);
  }
  if (x->kind == ExprKind::Call) return c.call(x, -1);
  return c.expr(x);
}

bool Compiler::rhs_values(const std::vector<ast::Expr*>& rhs, size_t nlhs, const std::vector<const Type*>& hints,
                          std::vector<Operand>* out) {
  // types2's exprList: one right side gives all results of a call (or v, ok for two left sides);
  // several give one value each. False if some value is invalid (reported already).
  out->clear();
  if (rhs.size() == 1) {
    ast::Expr* x = rhs[0];
    while (x->kind == ExprKind::Paren) x = x->x;
    Operand o = multi_rhs(*this, rhs[0], nlhs);
    if (!o.ok()) return false;
    if (o.mode == Operand::Multi) {
      bool comma_ok = x->kind != ExprKind::Call;
      for (size_t i = 0; i < o.type->results.size(); ++i) {
        Operand part;
        part.mode = Operand::Value;
        part.type = comma_ok && i == 1 ? types_.basic(Kind::UntypedBool) : o.type->results[i];
        part.reg = o.reg + static_cast<int>(i);
        part.fresh = true;
        part.expr = rhs[0];
        out->push_back(part);
      }
      return true;
    }
    if (o.mode == Operand::Value || o.mode == Operand::Const) {
      o.expr = rhs[0];
      out->push_back(o);
      return true;
    }
    out->push_back(o);
    return exclude(out->back());
  }
  bool ok = true;
  for (size_t i = 0; i < rhs.size(); ++i) {
    Operand o = expr(rhs[i], i < hints.size() ? hints[i] : nullptr);
    if (o.ok()) exclude(o);
    if (!o.ok()) ok = false;
    out->push_back(o);
  }
  return ok;
}

void Compiler::assign_error(const std::vector<ast::Expr*>& rhs, size_t nvars, size_t nvals) {
  auto measure = [](size_t n, const char* unit) { return std::to_string(n) + " " + unit + (n != 1 ? "s" : ""); };
  std::string vars = measure(nvars, "variable"), vals = measure(nvals, "value");
  ast::Expr* r0 = rhs[0];
  ast::Expr* call = r0;
  while (call->kind == ExprKind::Paren) call = call->x;
  if (rhs.size() == 1 && call->kind == ExprKind::Call) {
    error(start_pos(r0), "assignment mismatch: " + vars + " but " + expr_string(call->x) + " returns " + vals);
    return;
  }
  error(start_pos(r0), "assignment mismatch: " + vars + " but " + vals);
}

// snapshot: in a multi-assignment, the operands of index expressions and pointer indirections on
// the left are evaluated before any assignment (i, s[i] = 2, 99 stores into the old s[i]), so
// the registers they live in (variables, maybe assigned by the same statement) are copied.
LValue Compiler::snapshot(LValue lv) {
  switch (lv.k) {
    case LValue::Field: case LValue::Index: case LValue::IndexArr: case LValue::MapEntry: case LValue::Deref: {
      if (lv.a >= 0) {
        int t = reg();
        emit(Op::Mov, t, lv.a);
        lv.a = t;
      }
      if (lv.b >= 0 && lv.k != LValue::Field && lv.k != LValue::Deref) {
        int t = reg();
        emit(Op::Mov, t, lv.b);
        lv.b = t;
      }
      return lv;
    }
    default: return lv;
  }
}

void Compiler::assign_stmt(ast::Stmt* s) {
  if (s->op != Tok::Assign) {
    // x op= y
    Tok op;
    switch (s->op) {
      case Tok::AddAssign: op = Tok::Add; break;
      case Tok::SubAssign: op = Tok::Sub; break;
      case Tok::MulAssign: op = Tok::Mul; break;
      case Tok::QuoAssign: op = Tok::Quo; break;
      case Tok::RemAssign: op = Tok::Rem; break;
      case Tok::AndAssign: op = Tok::And; break;
      case Tok::OrAssign: op = Tok::Or; break;
      case Tok::XorAssign: op = Tok::Xor; break;
      case Tok::ShlAssign: op = Tok::Shl; break;
      case Tok::ShrAssign: op = Tok::Shr; break;
      default: op = Tok::AndNot; break;
    }
    if (s->lhs.size() != 1 || s->rhs.size() != 1) {
      error(s->pos, "assignment operation " + std::string(spelling(s->op)) + " requires single-valued expressions");
      return;
    }
    LValue lv = lvalue(s->lhs[0]);
    if (lv.type && lv.type->kind == Kind::Invalid) return;
    ast::Expr bin;
    bin.kind = ExprKind::Binary;
    bin.pos = s->pos;
    bin.op = op;
    bin.x = s->lhs[0];
    bin.y = s->rhs[0];
    Operand v = binary(&bin, lv.type, true);
    if (!v.ok()) return;
    v.expr = s->rhs[0];
    int r = value_to(v, lv.type, "assignment");
    store(lv, r, true);
    return;
  }
  size_t n = s->lhs.size();
  // Left sides first (their registers stay live), then the values, then the stores: a, b = b, a.
  std::vector<LValue> lvs;
  std::vector<const Type*> hints;
  for (ast::Expr* l : s->lhs) {
    lvs.push_back(n > 1 ? snapshot(lvalue(l)) : lvalue(l));
    hints.push_back(lvs.back().k == LValue::Blank ? nullptr : lvs.back().type);
  }
  std::vector<Operand> vals;
  bool ok = rhs_values(s->rhs, n, hints, &vals);
  if (vals.size() != n) {
    if (ok) assign_error(s->rhs, n, vals.size());
    return;
  }
  std::vector<int> regs_;
  for (size_t i = 0; i < n; ++i) {
    const LValue& lv = lvs[i];
    if (lv.type && lv.type->kind == Kind::Invalid) {
      regs_.push_back(-1);
      continue;
    }
    int t = reg();
    if (lv.k == LValue::Blank) {
      if (!assignment(vals[i], nullptr, "assignment to _ identifier")) t = -1;
      else read(vals[i], t);
    } else {
      value_to(vals[i], lv.type, "assignment", t);
      if (!vals[i].ok()) t = -1;
    }
    regs_.push_back(t);
  }
  for (size_t i = 0; i < n; ++i)
    if (regs_[i] >= 0) store(lvs[i], regs_[i], true);
}

void Compiler::define(ast::Stmt* s) {
  // types2's shortVarDecl.
  size_t n = s->lhs.size();
  std::vector<Entity*> vars(n, nullptr);   // existing variables assigned to
  std::vector<bool> fresh(n, false);       // a new variable
  std::set<std::string> seen;
  bool has_err = false, any_new = false;
  for (size_t i = 0; i < n; ++i) {
    ast::Expr* l = s->lhs[i];
    if (l->kind != ExprKind::Ident) {
      expr(l);
      error(start_pos(l), "non-name " + expr_string(l) + " on left side of :=");
      has_err = true;
      continue;
    }
    if (l->name != "_") {
      if (!seen.insert(l->name).second) {
        error(l->pos, l->name + " repeated on left side of :=");
        has_err = true;
        continue;
      }
    }
    auto it = l->name == "_" ? fs_->scope->names.end() : fs_->scope->names.find(l->name);
    if (it != fs_->scope->names.end()) {
      if (it->second->k == Entity::Local) vars[i] = it->second;
      else {
        error(l->pos, "cannot assign to " + l->name);
        has_err = true;
      }
      continue;
    }
    fresh[i] = l->name != "_";
    any_new |= fresh[i];
  }
  std::vector<const Type*> hints;
  for (Entity* v : vars) hints.push_back(v ? v->type : nullptr);
  std::vector<Operand> vals;
  bool ok = rhs_values(s->rhs, n, hints, &vals);
  std::vector<const Type*> types(n, types_.basic(Kind::Invalid));
  std::vector<int> regs_(n, -1);
  if (vals.size() != n) {
    if (ok) assign_error(s->rhs, n, vals.size());
  } else {
    for (size_t i = 0; i < n; ++i) {
      ast::Expr* l = s->lhs[i];
      if (l->kind != ExprKind::Ident) continue;
      Operand& v = vals[i];
      if (!v.ok()) continue;
      const Type* t = vars[i] ? vars[i]->type : nullptr;
      if (!t) {
        if (v.is_nil && v.type->is_untyped()) {
          error(start_pos(v.expr), "use of untyped nil in assignment");
          continue;
        }
        t = default_type(types_, v.type);
      }
      if (l->name == "_") {
        assignment(v, nullptr, "assignment to _ identifier");
        continue;
      }
      int r = reg();
      value_to(v, t, "assignment", r);
      if (!v.ok()) continue;
      types[i] = t;
      regs_[i] = r;
    }
  }
  if (!any_new && !has_err) error(s->pos, "no new variables on left side of :=");
  // The new variables exist from here on (after a failed initialisation too, with an invalid
  // type, and counted as used so that no "declared but not used" follows).
  for (size_t i = 0; i < n; ++i) {
    if (vars[i] && regs_[i] >= 0) {
      LValue lv;
      lv.type = vars[i]->type;
      lv.k = vars[i]->boxed ? LValue::BoxReg : LValue::Reg;
      lv.a = vars[i]->index;
      if (vars[i]->owner != fs_) lv = lvalue(s->lhs[i]);
      store(lv, regs_[i], true);
    }
  }
  for (size_t i = 0; i < n; ++i) {
    if (!fresh[i]) continue;
    Entity* e = declare_local(s->lhs[i]->name, s->lhs[i]->pos, types[i], regs_[i], true);
    if (regs_[i] < 0) e->used = true;
  }
}

void Compiler::var_decl(ast::GenDecl* g, bool global) {
  for (ast::ValueSpec* vs : g->values) var_spec(vs, global, -1);
}

void Compiler::var_spec(ast::ValueSpec* spec, bool global, int only) {
  // only >= 0: just that variable of a spec whose variables each have their own value
  ast::ValueSpec one;
  ast::ValueSpec* vs = spec;
  if (only >= 0) {
    one = *spec;
    one.names = {spec->names[only]};
    one.values = {spec->values[only]};
    vs = &one;
  }
  {
    const Type* t = vs->type ? resolve_type(vs->type) : nullptr;
    if (global && t) {
      // the declared type is known before the value (a value may refer to the variable)
      for (ast::Expr* nm : vs->names) {
        auto it = pkg_->scope.names.find(nm->name);
        if (it != pkg_->scope.names.end() && it->second->k == Entity::Global) {
          p_.global_types[it->second->index] = t;
          it->second->type = t;
        }
      }
    }
    size_t n = vs->names.size(), m = vs->values.size();
    std::vector<int> regs_(n, -1);
    std::vector<const Type*> types(n, t ? t : types_.basic(Kind::Invalid));
    std::vector<bool> failed(n, false);
    // types2's arityMatch
    if (m > 0 && n < m) {
      error(start_pos(vs->values[n]), "extra init expr " + expr_string(vs->values[n]));
      m = 0, failed.assign(n, true);
    } else if (m > 1 && n > m) {
      error(vs->names[m]->pos, "missing init expr for " + vs->names[m]->name);
      m = 0, failed.assign(n, true);
    }
    if (m > 0) {
      std::vector<Operand> vals;
      bool ok;
      if (n == 1 && vs->values.size() == 1) {
        // one variable, one value: a single value (types2's varDecl)
        vals.push_back(expr(vs->values[0], t));
        ok = vals[0].ok() && exclude(vals[0]);
      } else {
        ok = rhs_values(vs->values, n, std::vector<const Type*>(n, t), &vals);
      }
      if (vals.size() != n) {
        if (ok) assign_error(vs->values, n, vals.size());
        failed.assign(n, true);
      } else {
        // one value: "variable declaration"; several from one call or v, ok: "assignment"
        std::string ctx = n == 1 || vs->values.size() == n ? "variable declaration" : "assignment";
        if (n > 1 && vs->values.size() == 1) ctx = "assignment";
        for (size_t i = 0; i < n; ++i) {
          Operand& v = vals[i];
          if (!v.ok()) {
            failed[i] = true;
            continue;
          }
          const Type* vt = t;
          if (!vt) {
            if (v.is_nil && v.type->is_untyped()) {
              error(start_pos(v.expr), "use of untyped nil in " + ctx);
              failed[i] = true;
              continue;
            }
            vt = default_type(types_, v.type);
          }
          int r = reg();
          value_to(v, vt, ctx, r);
          if (!v.ok()) {
            failed[i] = true;
            if (!t) types[i] = vt;
            continue;
          }
          regs_[i] = r;
          types[i] = vt;
        }
      }
    }
    for (size_t i = 0; i < n; ++i) {
      const std::string& name = vs->names[i]->name;
      if (global) {
        Entity* ent = pkg_->scope.names.count(name) ? pkg_->scope.names[name] : nullptr;
        int slot = -1;
        if (ent && ent->k == Entity::Global) slot = ent->index;
        if (name == "_" || slot < 0) continue;
        p_.global_types[slot] = types[i];
        ent->type = types[i];
        if (regs_[i] < 0) {
          if (types[i]->kind == Kind::Invalid) continue;
          int r = reg();
          zero_to_reg(types[i], r);
          emit(Op::StoreG, slot, r);
        } else {
          emit(Op::StoreG, slot, regs_[i]);
        }
      } else {
        Entity* e = declare_local(name, vs->names[i]->pos, types[i], regs_[i], true);
        if (failed[i] && e) e->used = true;
      }
    }
  }
}

void Compiler::local_type_decl(ast::GenDecl* g) {
  for (ast::TypeSpec* ts : g->types) {
    Entity* e = new_entity(Entity::TypeName, ts->name->name);
    e->pos = ts->name->pos;
    if (ts->alias) {
      e->type = resolve_type(ts->type);
      declare_in_scope(fs_->scope, ts->name->name, e);
    } else {
      // the name is visible in its own type (type node struct{ next *node })
      Type* t = types_.named(pkg_->name + "." + ts->name->name);
      e->type = t;
      declare_in_scope(fs_->scope, ts->name->name, e);
      const Type* u = resolve_type(ts->type);
      types_.set_underlying(t, u);
    }
  }
}

void Compiler::if_stmt(ast::Stmt* s) {
  int mark = fs_->next_reg, keep = fs_->keep;
  push_scope();
  if (s->init) stmt(s->init);
  Operand c = expr(s->cond);
  if (c.ok() && !c.type->u()->is_bool()) {
    error(start_pos(s->cond), "non-boolean condition in if statement");
    c.mode = Operand::Invalid;
  }
  int cr = read(c);
  size_t jf = emit(Op::JF, cr, 0);
  {
    int m2 = fs_->next_reg, k2 = fs_->keep;
    push_scope();
    block(s->body->stmts);
    pop_scope();
    fs_->next_reg = m2;
    fs_->keep = k2;
  }
  if (s->else_) {
    size_t jend = emit(Op::Jmp, 0);
    patch_b(jf);
    int m2 = fs_->next_reg, k2 = fs_->keep;
    stmt(s->else_);
    fs_->next_reg = std::max(m2, fs_->keep);
    fs_->keep = k2;
    fs_->next_reg = m2;
    patch(jend);
  } else {
    patch_b(jf);
  }
  pop_scope();
  fs_->next_reg = mark;
  fs_->keep = keep;
}

void Compiler::for_stmt(ast::Stmt* s, const std::string& label) {
  int mark = fs_->next_reg, keep = fs_->keep;
  push_scope();
  if (s->init) stmt(s->init);
  fs_->next_reg = std::max(fs_->next_reg, fs_->keep);
  size_t top = here();
  size_t jf = SIZE_MAX;
  if (s->cond) {
    Operand c = expr(s->cond);
    if (c.ok() && !c.type->u()->is_bool()) {
      error(start_pos(s->cond), "non-boolean condition in for statement");
      c.mode = Operand::Invalid;
    }
    int cr = read(c);
    jf = emit(Op::JF, cr, 0);
  }
  fs_->loops.push_back({label, {}, {}, true, 0});
  std::vector<lang::Diagnostic> later;
  {
    int m2 = fs_->next_reg, k2 = fs_->keep;
    push_scope();
    size_t body_errors = diags_.size();
    block(s->body->stmts);
    later = diags_.take_from(body_errors);  // types2 checks the post statement before the body
    pop_scope();
    fs_->next_reg = m2;
    fs_->keep = k2;
  }
  size_t cont = here();
  if (s->post) stmt(s->post);
  diags_.append(std::move(later));
  emit(Op::Safepoint);
  emit(Op::Jmp, static_cast<int>(top));
  LoopLabels ll = std::move(fs_->loops.back());
  fs_->loops.pop_back();
  if (jf != SIZE_MAX) patch_b(jf);
  for (size_t b : ll.breaks) patch(b);
  for (size_t c : ll.continues) fs_->fn->code[c].a = static_cast<int32_t>(cont);
  if (!s->cond) {
    // a loop with no condition and no break never finishes unless it returns
    bool has_exit = !ll.breaks.empty();
    if (!has_exit) {
      bool ret = false;
      walk_stmt(s, [&](ast::Expr*) {});
      std::function<void(ast::Stmt*)> find = [&](ast::Stmt* x) {
        if (!x || ret) return;
        if (x->kind == StmtKind::Return || (x->kind == StmtKind::Branch && x->op == Tok::Goto)) ret = true;
        find(x->init); find(x->post); find(x->else_); find(x->stmt);
        if (x->body) for (auto* y : x->body->stmts) find(y);
        for (auto* c : x->clauses) for (auto* y : c->body) find(y);
      };
      for (auto* y : s->body->stmts) find(y);
      if (!ret) fs_->fn->endless = true;
    }
  }
  pop_scope();
  fs_->next_reg = mark;
  fs_->keep = keep;
}

void Compiler::range_stmt(ast::Stmt* s, const std::string& label) {
  int mark = fs_->next_reg, keep = fs_->keep;
  push_scope();
  Operand x = expr(s->x);
  bool valid = x.ok() && exclude(x);
  const Type* t = valid ? x.type : types_.basic(Kind::Invalid);
  if (valid && x.mode == Operand::Const && t->is_untyped()) t = default_type(types_, t);
  const Type* u = t->u();
  bool ptr_arr = u->kind == Kind::Pointer && u->elem->u()->kind == Kind::Array;
  const Type* cont = ptr_arr ? u->elem->u() : u;
  const Type* kt = nullptr;
  const Type* vt = nullptr;
  enum { RInt, RSlice, RArray, RString, RMap, RChan, RNone } kind = RNone;
  switch (cont->kind) {
    case Kind::Slice: kind = RSlice; kt = types_.basic(Kind::Int); vt = cont->elem; break;
    case Kind::Array: kind = RArray; kt = types_.basic(Kind::Int); vt = cont->elem; break;
    case Kind::String: case Kind::UntypedString: kind = RString; kt = types_.basic(Kind::Int); vt = types_.rune_type(); break;
    case Kind::Map: kind = RMap; kt = cont->key; vt = cont->elem; break;
    case Kind::Chan: kind = RChan; kt = cont->elem; break;
    default:
      // ranging over an integer is Go 1.22's; goroscope offers it
      if (cont->is_integer()) {
        kind = RInt;
        kt = x.mode == Operand::Const && x.type->is_untyped() ? types_.basic(Kind::Int) : t;
      }
      break;
  }
  // types2's rangeStmt reports these and goes on checking the body.
  if (kind == RChan) {
    if (s->value) error(start_pos(s->value), "range over " + describe(x) + " permits only one iteration variable");
    if (cont->dir == Dir::Send) error(start_pos(s->x), "cannot range over " + describe(x) + " (receive from send-only channel)");
  } else {
    if (s->lhs.size() > 2 && valid) error(start_pos(s->lhs[2]), "range clause permits at most two iteration variables");
    if (kind == RNone && valid) error(start_pos(s->x), "cannot range over " + describe(x));
  }
  if (kind == RNone || (kind == RChan && (s->value || cont->dir == Dir::Send))) {
    // check the body with invalid iteration variables that count as used
    if (s->op == Tok::Define) {
      for (ast::Expr* v : {s->key, s->value})
        if (v && v->kind == ExprKind::Ident && v->name != "_") declare_local(v->name, v->pos, types_.basic(Kind::Invalid), -1, true)->used = true;
    }
    fs_->loops.push_back({label, {}, {}, true, 0});
    push_scope();
    block(s->body->stmts);
    pop_scope();
    fs_->loops.pop_back();
    pop_scope();
    fs_->next_reg = mark;
    fs_->keep = keep;
    return;
  }
  int coll = reg();
  fs_->keep = std::max(fs_->keep, coll + 1);
  read(x, coll);
  // Ranging over an array (not a pointer to one) ranges over a copy, taken once, when the
  // values are used: assignments to the array inside the loop do not show.
  if (kind == RArray && !ptr_arr && s->value && !(s->value->kind == ExprKind::Ident && s->value->name == "_") && !x.fresh)
    emit(Op::Clone, coll, coll);
  // iteration state
  int st = regs(4);  // index / iterator, len, scratch...
  fs_->keep = std::max(fs_->keep, st + 4);
  int kreg = regs(3);
  fs_->keep = std::max(fs_->keep, kreg + 3);
  // loop variables
  Entity* kvar = nullptr;
  Entity* vvar = nullptr;
  LValue klv, vlv;
  bool define = s->op == Tok::Define;
  if (define) {
    if (s->key && !(s->key->kind == ExprKind::Ident && s->key->name == "_")) kvar = declare_local(s->key->name, s->key->pos, kt, -1, true);
    if (s->value && !(s->value->kind == ExprKind::Ident && s->value->name == "_")) vvar = declare_local(s->value->name, s->value->pos, vt, -1, true);
  }
  switch (kind) {
    case RInt: case RSlice: case RArray:
      emit(Op::Int, st, 0);
      if (kind == RInt) emit(Op::Mov, st + 1, coll);
      else if (kind == RSlice) emit(Op::Len, st + 1, coll, 0, 0);
      else emit(Op::Int, st + 1, static_cast<int>(cont->len));
      break;
    case RString: emit(Op::Int, st, 0); break;
    case RMap: emit(Op::MapIter, st, coll); break;
    case RChan: case RNone: break;  // RNone was refused above
  }
  size_t top = here();
  size_t jexit = 0;
  switch (kind) {
    case RInt: case RSlice: case RArray:
      emit(Op::LtI, st + 2, st, st + 1);
      jexit = emit(Op::JF, st + 2, 0);
      emit(Op::Mov, kreg, st);
      if (s->value && vt) emit(Op::Index, kreg + 1, coll, st, kind == RSlice ? 0 : 1);
      break;
    case RString:
      jexit = emit(Op::StrNext, coll, st, 0);
      emit(Op::Mov, kreg, st + 1);
      emit(Op::Mov, kreg + 1, st + 2);
      break;
    case RMap:
      jexit = emit(Op::MapNext, st, kreg, 0);
      break;
    case RChan:
      fs_->cur = s->pos;
      emit(Op::Recv, kreg, coll, 0, 1);
      jexit = emit(Op::JF, kreg + 1, 0);
      break;
    case RNone: break;
  }
  // assign the iteration values
  auto assign_to = [&](ast::Expr* target, Entity* var, int src, const Type* type) {
    if (!target) return;
    if (target->kind == ExprKind::Ident && target->name == "_") return;
    Operand part;
    part.mode = Operand::Value;
    part.type = type;
    part.reg = src;
    part.expr = target;
    if (var) {
      LValue lv;
      lv.type = var->type;
      lv.k = var->boxed ? LValue::BoxReg : LValue::Reg;
      lv.a = var->index;
      int r = value_to(part, var->type, "range");
      store(lv, r, true);
    } else {
      LValue lv = lvalue(target);
      int r = value_to(part, lv.type, "assignment");
      store(lv, r, true);
    }
  };
  assign_to(s->key, kvar, kreg, kt);
  if (s->value) assign_to(s->value, vvar, kreg + 1, vt);
  fs_->loops.push_back({label, {}, {}, true, 0});
  {
    int m2 = fs_->next_reg, k2 = fs_->keep;
    push_scope();
    block(s->body->stmts);
    pop_scope();
    fs_->next_reg = m2;
    fs_->keep = k2;
  }
  size_t cont_at = here();
  if (kind == RInt || kind == RSlice || kind == RArray) {
    emit(Op::Int, st + 3, 1);
    emit(Op::Add, st, st, st + 3);
  }
  emit(Op::Safepoint);
  emit(Op::Jmp, static_cast<int>(top));
  LoopLabels ll = std::move(fs_->loops.back());
  fs_->loops.pop_back();
  if (kind == RString || kind == RMap) fs_->fn->code[jexit].c = static_cast<int32_t>(here());
  else patch_b(jexit);
  for (size_t b : ll.breaks) patch(b);
  for (size_t c : ll.continues) fs_->fn->code[c].a = static_cast<int32_t>(cont_at);
  pop_scope();
  fs_->next_reg = mark;
  fs_->keep = keep;
}

void Compiler::switch_stmt(ast::Stmt* s, const std::string& label) {
  int mark = fs_->next_reg, keep = fs_->keep;
  push_scope();
  if (s->init) stmt(s->init);
  fs_->next_reg = std::max(fs_->next_reg, fs_->keep);
  // types2's switchStmt: the tag is checked as if assigned to a temporary; a missing tag is
  // the typed constant true. Each case value is compared against it.
  Operand tag;
  bool tag_ok = true;
  ast::Expr true_expr;
  true_expr.kind = ExprKind::Ident;
  true_expr.name = "true";
  true_expr.pos = s->clauses.empty() ? s->pos : s->clauses[0]->pos;
  if (s->x) {
    tag = expr(s->x);
    tag_ok = tag.ok() && exclude(tag) && assignment(tag, nullptr, "switch expression");
    if (tag_ok && (!tag.type->comparable() || tag.type->kind == Kind::UntypedNil) && !has_nil(tag.type)) {
      error(start_pos(s->x), "cannot switch on " + describe(tag) + " (" + tstr(tag.type) + " is not comparable)");
      tag_ok = false;
    }
    if (tag_ok && tag.mode != Operand::Const) {
      int tr = reg();
      fs_->keep = std::max(fs_->keep, tr + 1);
      read(tag, tr);
      tag.reg = tr;
    }
  } else {
    tag.mode = Operand::Const;
    tag.type = types_.basic(Kind::Bool);
    tag.c = ConstVal::of_bool(true);
    tag.expr = &true_expr;
  }
  multiple_defaults(s->clauses);
  std::vector<std::vector<size_t>> jumps(s->clauses.size());
  int def = -1;
  int cmp = reg();
  fs_->keep = std::max(fs_->keep, cmp + 1);
  struct Seen {
    std::string key;
    const Type* type;
    lang::Pos pos;
  };
  std::vector<Seen> seen;
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    ast::CaseClause* cc = s->clauses[i];
    if (cc->is_default) {
      def = static_cast<int>(i);
      continue;
    }
    for (ast::Expr* ce : cc->list) {
      int m2 = fs_->next_reg;
      Operand v = expr(ce);
      if (!tag_ok || !v.ok() || !exclude(v)) continue;
      if (!convert_untyped(v, tag.type)) continue;
      ast::Expr eq;
      eq.kind = ExprKind::Binary;
      eq.op = Tok::Eql;
      eq.pos = ce->pos;
      eq.x = ce;
      eq.y = tag.expr;
      Operand lhs = v, rhs = tag;
      Operand r = comparison(&eq, lhs, rhs, true);
      if (!r.ok()) continue;
      if (v.mode == Operand::Const) {
        // gc checks duplicates among integer, float and string constants
        std::string key;
        int64_t iv;
        if (v.c.k == ConstVal::Int && v.c.i.fits_u64()) key = "i" + v.c.i.str();
        else if (v.c.k == ConstVal::Int && v.c.int64(&iv)) key = "i" + v.c.i.str();
        else if (v.c.k == ConstVal::Float) key = "f" + std::to_string(v.c.f64());
        else if (v.c.k == ConstVal::String) key = "s" + v.c.s;
        if (!key.empty()) {
          bool dup = false;
          for (const Seen& x : seen) {
            if (x.key == key && identical(x.type, v.type)) {
              error(start_pos(ce), "duplicate case " + describe(v) + " in expression switch\n\t" + file_ + ":" + std::to_string(x.pos.line) + ":" + std::to_string(x.pos.col) + ": previous case");
              dup = true;
              break;
            }
          }
          if (dup) continue;
          seen.push_back({key, v.type, node_pos(ce)});
        }
      }
      read(r, cmp);
      jumps[i].push_back(emit(Op::JT, cmp, 0));
      fs_->next_reg = m2;
    }
  }
  size_t jdef = emit(Op::Jmp, 0);
  fs_->loops.push_back({label, {}, {}, false, 0});
  std::vector<size_t> ends;
  std::vector<size_t> falls;
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    ast::CaseClause* cc = s->clauses[i];
    for (size_t j : jumps[i]) patch_b(j);
    if (static_cast<int>(i) == def) patch(jdef);
    for (size_t f : falls) patch(f);
    falls.clear();
    int m2 = fs_->next_reg, k2 = fs_->keep;
    push_scope();
    bool fall = !cc->body.empty() && cc->body.back()->kind == StmtKind::Branch && cc->body.back()->op == Tok::Fallthrough;
    std::vector<ast::Stmt*> body = cc->body;
    if (fall) body.pop_back();
    block(body);
    pop_scope();
    fs_->next_reg = m2;
    fs_->keep = k2;
    if (fall) falls.push_back(emit(Op::Jmp, 0));
    else ends.push_back(emit(Op::Jmp, 0));
  }
  if (def < 0) patch(jdef);
  for (size_t f : falls) patch(f);
  for (size_t e : ends) patch(e);
  LoopLabels ll = std::move(fs_->loops.back());
  fs_->loops.pop_back();
  for (size_t b : ll.breaks) patch(b);
  pop_scope();
  fs_->next_reg = mark;
  fs_->keep = keep;
}

void Compiler::type_switch(ast::Stmt* s, const std::string& label) {
  int mark = fs_->next_reg, keep = fs_->keep;
  push_scope();
  if (s->init) stmt(s->init);
  fs_->next_reg = std::max(fs_->next_reg, fs_->keep);
  // s->x is the x.(type) expression; s->label holds the bound name
  // The guard is x.(type); the parser may hand over the TypeAssert node or x itself.
  ast::Expr* ta = s->x;
  ast::Expr* guard = ta->kind == ExprKind::TypeAssert ? ta->x : ta;
  Operand x = expr(guard);
  if (!x.ok()) {
    pop_scope();
    return;
  }
  if (!exclude(x)) {
    pop_scope();
    return;
  }
  if (x.type->u()->kind != Kind::Interface) {
    // types2 still checks the clauses (and the bound variable's use), against no type
    error(start_pos(guard), describe(x) + " is not an interface");
    x = Operand{};
    x.mode = Operand::Value;
    x.type = types_.any_type();
    x.reg = reg();
    emit(Op::Zero, x.reg, -1);
  }
  if (s->label == "_") error(s->label_pos, "no new variable on left side of :=");
  int xr = reg();
  fs_->keep = std::max(fs_->keep, xr + 1);
  read(x, xr);
  int tmp = regs(2);
  fs_->keep = std::max(fs_->keep, tmp + 2);
  std::vector<std::vector<size_t>> jumps(s->clauses.size());
  std::vector<const Type*> single(s->clauses.size(), nullptr);
  multiple_defaults(s->clauses);
  std::vector<std::pair<const Type*, ast::Expr*>> seen;  // types2's caseTypes: nil is a null type
  int def = -1;
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    ast::CaseClause* cc = s->clauses[i];
    if (cc->is_default) {
      def = static_cast<int>(i);
      continue;
    }
    for (ast::Expr* te : cc->list) {
      ast::Expr* bare = te;
      while (bare->kind == ExprKind::Paren) bare = bare->x;
      bool is_nil = bare->kind == ExprKind::Ident && lookup(bare->name) && lookup(bare->name)->k == Entity::Nil;
      const Type* t = nullptr;
      if (!is_nil) {
        t = resolve_type(te);
        if (t->kind == Kind::Invalid) continue;
      }
      bool dup = false;
      for (auto& [st, se] : seen) {
        if ((!t && !st) || (t && st && identical(t, st))) {
          lang::Pos pp = start_pos(se);
          error(start_pos(te), "duplicate case " + (t ? tstr(t) : std::string("nil")) + " in type switch\n\t" + file_ + ":" + std::to_string(pp.line) + ":" + std::to_string(pp.col) + ": previous case");
          dup = true;
          break;
        }
      }
      if (dup) continue;
      seen.push_back({t, te});
      if (!t) {
        int z = reg();
        emit(Op::Zero, z, -1);
        emit(Op::EqV, tmp + 1, xr, z, type_index(x.type));
        jumps[i].push_back(emit(Op::JT, tmp + 1, 0));
        continue;
      }
      if (t->u()->kind != Kind::Interface) {
        MissingMethod mm;
        if (find_missing(t, x.type, false, &mm)) {
          Operand xs = x;
          xs.expr = guard;
          error(start_pos(te), "impossible type switch case: " + expr_string(te) + "\n\t" + describe(xs) + " cannot have dynamic type " + tstr(t) + " " + missing_method_reason(t, x.type, mm));
          continue;
        }
      }
      emit(Op::Assert, tmp, xr, type_index(t), 1);
      jumps[i].push_back(emit(Op::JT, tmp + 1, 0));
      if (cc->list.size() == 1) single[i] = t;
    }
  }
  size_t jdef = emit(Op::Jmp, 0);
  fs_->loops.push_back({label, {}, {}, false, 0});
  std::vector<size_t> ends;
  bool bound = !s->label.empty() && s->label != "_";
  std::vector<Entity*> bindings;
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    ast::CaseClause* cc = s->clauses[i];
    for (size_t j : jumps[i]) patch_b(j);
    if (static_cast<int>(i) == def) patch(jdef);
    int m2 = fs_->next_reg, k2 = fs_->keep;
    push_scope();
    if (bound) {
      // one variable per clause: the case's type if it lists exactly one, else x's type
      const Type* bt = single[i] ? single[i] : x.type;
      int v = reg();
      if (single[i] && !identical(single[i], x.type)) emit(Op::Assert, v, xr, type_index(bt), 0);
      else emit(Op::Mov, v, xr);
      bindings.push_back(declare_local(s->label, s->label_pos, bt, v, true));
    }
    block(cc->body);
    pop_scope();
    fs_->next_reg = m2;
    fs_->keep = k2;
    ends.push_back(emit(Op::Jmp, 0));
  }
  if (bound) {
    // the clauses' variables act as one: used if any of them is
    bool used = false;
    for (Entity* b : bindings) used |= b->used;
    for (Entity* b : bindings) b->used = true;
    if (!used && pkg_->name == "main") error(s->label_pos, s->label + " declared but not used");
  }
  if (def < 0) patch(jdef);
  for (size_t e : ends) patch(e);
  LoopLabels ll = std::move(fs_->loops.back());
  fs_->loops.pop_back();
  for (size_t b : ll.breaks) patch(b);
  pop_scope();
  fs_->next_reg = mark;
  fs_->keep = keep;
}

void Compiler::multiple_defaults(const std::vector<ast::CaseClause*>& clauses) {
  const ast::CaseClause* first = nullptr;
  for (const ast::CaseClause* c : clauses) {
    if (!c->is_default) continue;
    if (first) error(c->pos, "multiple defaults (first at " + file_ + ":" + std::to_string(first->pos.line) + ":" + std::to_string(first->pos.col) + ")");
    else first = c;
  }
}

void Compiler::select_stmt(ast::Stmt* s, const std::string& label) {
  int mark = fs_->next_reg, keep = fs_->keep;
  SelectTable table;
  struct Info {
    ast::CaseClause* cc;
    int index;
    int value;
    const Type* elem;
  };
  std::vector<Info> infos;
  std::vector<ast::CaseClause*> broken;  // cases with errors: only their bodies are checked
  int def = -1;
  multiple_defaults(s->clauses);
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    ast::CaseClause* cc = s->clauses[i];
    if (cc->is_default) {
      table.has_default = true;
      def = static_cast<int>(i);
      continue;
    }
    ast::Stmt* comm = cc->comm;
    // types2: a send, a receive, or a receive assigned with = or :=
    ast::Expr* rx = nullptr;
    if (comm->kind == StmtKind::Expr) rx = comm->x;
    else if (comm->kind == StmtKind::Assign && (comm->op == Tok::Assign || comm->op == Tok::Define) && comm->rhs.size() == 1) rx = comm->rhs[0];
    while (rx && rx->kind == ExprKind::Paren) rx = rx->x;
    bool is_recv = rx && rx->kind == ExprKind::Unary && rx->op == Tok::Arrow;
    if (comm->kind != StmtKind::Send && !is_recv) {
      // types2 reports at StartPos(comm): an assignment starts at its left side, an expression
      // statement has no start of its own but the position of its expression's node
      lang::Pos at = comm->kind == StmtKind::Assign && !comm->lhs.empty() ? start_pos(comm->lhs[0]) : comm->kind == StmtKind::Expr ? node_pos(comm->x) : comm->pos;
      error(at, "select case must be send or receive (possibly with assignment)");
      continue;
    }
    SelectCase sc;
    if (comm->kind == StmtKind::Send) {
      Operand c = expr(comm->lhs.empty() ? comm->x : comm->lhs[0]);
      ast::Expr* ve = comm->rhs.empty() ? comm->value : comm->rhs[0];
      bool ok = c.ok() && exclude(c);
      if (ok && (c.type->u()->kind != Kind::Chan || c.type->u()->dir == Dir::Recv)) {
        // as a send statement: the value is checked first
        Operand v = expr(ve);
        if (exclude(v)) {
          if (c.type->u()->kind != Kind::Chan) error(start_pos(c.expr), "invalid operation: cannot send to non-channel " + describe(c));
          else error(start_pos(c.expr), "invalid operation: cannot send to receive-only channel " + describe(c));
        }
        ok = false;
      } else if (!ok) {
        expr(ve);
      }
      if (!ok) {
        broken.push_back(cc);
        continue;
      }
      sc.send = true;
      sc.chan = reg();
      fs_->keep = std::max(fs_->keep, sc.chan + 1);
      read(c, sc.chan);
      Operand v = expr(ve, c.type->u()->elem);
      sc.value = reg();
      fs_->keep = std::max(fs_->keep, sc.value + 1);
      value_to(v, c.type->u()->elem, "send", sc.value);
      infos.push_back({cc, static_cast<int>(table.cases.size()), sc.value, nullptr});
    } else {
      Operand c = expr(rx->x);
      bool ok = c.ok() && exclude(c);
      if (ok && c.type->u()->kind != Kind::Chan) {
        error(start_pos(c.expr), "invalid operation: cannot receive from non-channel " + describe(c));
        ok = false;
      } else if (ok && c.type->u()->dir == Dir::Send) {
        error(start_pos(c.expr), "invalid operation: cannot receive from send-only channel " + describe(c));
        ok = false;
      }
      if (!ok) {
        broken.push_back(cc);
        continue;
      }
      sc.chan = reg();
      fs_->keep = std::max(fs_->keep, sc.chan + 1);
      read(c, sc.chan);
      sc.value = regs(2);
      fs_->keep = std::max(fs_->keep, sc.value + 2);
      sc.has_ok = true;
      infos.push_back({cc, static_cast<int>(table.cases.size()), sc.value, c.type->u()->elem});
    }
    table.cases.push_back(sc);
  }
  fs_->fn->selects.push_back(table);
  int chosen = reg();
  fs_->keep = std::max(fs_->keep, chosen + 1);
  fs_->cur = s->pos;
  emit(Op::Select, chosen, static_cast<int>(fs_->fn->selects.size() - 1));
  int cmp = reg();
  fs_->keep = std::max(fs_->keep, cmp + 1);
  std::vector<size_t> jumps;
  for (Info& in : infos) {
    int k = reg();
    emit(Op::Int, k, in.index);
    emit(Op::EqI, cmp, chosen, k);
    jumps.push_back(emit(Op::JT, cmp, 0));
  }
  size_t jdef = emit(Op::Jmp, 0);
  fs_->loops.push_back({label, {}, {}, false, 0});
  std::vector<size_t> ends;
  auto body = [&](ast::CaseClause* cc, const Info* in) {
    int m2 = fs_->next_reg, k2 = fs_->keep;
    push_scope();
    if (in && in->elem) {
      ast::Stmt* comm = cc->comm;
      if (comm->kind == StmtKind::Assign) {
        std::vector<const Type*> ts{in->elem, types_.basic(Kind::Bool)};
        for (size_t j = 0; j < comm->lhs.size() && j < 2; ++j) {
          ast::Expr* l = comm->lhs[j];
          Operand part;
          part.mode = Operand::Value;
          part.type = ts[j];
          part.reg = in->value + static_cast<int>(j);
          part.fresh = true;
          part.expr = comm->rhs[0];
          if (comm->op == Tok::Define) {
            if (l->kind == ExprKind::Ident && l->name != "_") declare_local(l->name, l->pos, ts[j], part.reg, true);
          } else {
            LValue lv = lvalue(l);
            if (lv.k == LValue::Blank) continue;
            int r = value_to(part, lv.type, "assignment");
            store(lv, r, true);
          }
        }
      }
    }
    block(cc->body);
    pop_scope();
    fs_->next_reg = m2;
    fs_->keep = k2;
    ends.push_back(emit(Op::Jmp, 0));
  };
  for (size_t i = 0; i < infos.size(); ++i) {
    patch_b(jumps[i]);
    body(infos[i].cc, &infos[i]);
  }
  patch(jdef);
  if (def >= 0) body(s->clauses[def], nullptr);
  for (ast::CaseClause* cc : broken) {
    // checked only: the received variables exist, invalid and counted as used
    int m2 = fs_->next_reg, k2 = fs_->keep;
    push_scope();
    if (cc->comm->kind == StmtKind::Assign && cc->comm->op == Tok::Define)
      for (ast::Expr* l : cc->comm->lhs)
        if (l->kind == ExprKind::Ident && l->name != "_") declare_local(l->name, l->pos, types_.basic(Kind::Invalid), -1, true)->used = true;
    block(cc->body);
    pop_scope();
    fs_->next_reg = m2;
    fs_->keep = k2;
  }
  for (size_t e : ends) patch(e);
  LoopLabels ll = std::move(fs_->loops.back());
  fs_->loops.pop_back();
  for (size_t b : ll.breaks) patch(b);
  fs_->next_reg = mark;
  fs_->keep = keep;
}

void Compiler::return_stmt(ast::Stmt* s) {
  // types2's ReturnStmt and initVars with a return statement.
  size_t want = fs_->results.size();
  if (s->rhs.empty() && want > 0 && fs_->named_results) {
    // a bare return needs the result names to mean the results here
    for (size_t i = 0; i < fs_->result_names.size(); ++i) {
      Entity* res = fs_->result_ents[i];
      if (!res) continue;
      Entity* alt = lookup(res->name);
      if (alt && alt != res) {
        error(s->pos, "result parameter " + res->name + " not in scope at return\n\t" + file_ + ":" + std::to_string(alt->pos.line) + ":" +
                          std::to_string(alt->pos.col) + ": inner declaration of var " + res->name + " " + tstr(alt->type));
      }
    }
    fs_->cur = s->pos;
    emit(Op::Ret);
    return;
  }
  std::vector<Operand> vals;
  bool ok = rhs_values(s->rhs, 0, fs_->results, &vals);
  if (vals.size() != want) {
    if (!ok) return;
    lang::Pos at = s->pos;
    bool many = vals.size() > want;
    if (many) at = start_pos(vals[want].expr);
    else if (!vals.empty()) at = start_pos(vals.back().expr);
    std::vector<const Type*> have;
    for (const Operand& v : vals) have.push_back(v.type);
    error(at, std::string(many ? "too many" : "not enough") + " return values\n\thave " + types_summary(have, false) + "\n\twant " + types_summary(fs_->results, false));
    return;
  }
  std::vector<int> regs_;
  for (size_t i = 0; i < want; ++i) {
    int t = reg();
    value_to(vals[i], fs_->results[i], "return statement", t);
    regs_.push_back(t);
  }
  for (size_t i = 0; i < want; ++i) {
    bool boxed = false;
    for (auto& [ri, box] : fs_->fn->result_boxes)
      if (ri == static_cast<int>(i)) {
        emit(Op::SetBox, box, regs_[i]);
        boxed = true;
      }
    if (!boxed) emit(Op::Mov, fs_->result_regs[i], regs_[i]);
  }
  fs_->cur = s->pos;
  emit(Op::Ret);
}

void Compiler::go_defer(ast::Stmt* s) {
  Op op = s->kind == StmtKind::Go ? Op::Go : Op::Defer;
  const char* what = s->kind == StmtKind::Go ? "go" : "defer";
  ast::Expr* c = s->x;
  while (c && c->kind == ExprKind::Paren) c = c->x;
  if (!c || c->kind != ExprKind::Call) {
    error(s->x ? s->x->pos : s->pos, std::string("expression in ") + what + " must be function call");
    return;
  }
  ast::Expr* fe = c->x;
  while (fe->kind == ExprKind::Paren) fe = fe->x;
  // builtins: checked as a call (its code dropped), then wrapped in a function taking the
  // evaluated arguments
  if (fe->kind == ExprKind::Ident) {
    Entity* ent = lookup(fe->name);
    if (ent && ent->k == Entity::Builtin) {
      size_t mark = here();
      int mreg = fs_->next_reg;
      int errs = errors_;
      Operand probe = call_builtin(c, ent->index);
      fs_->fn->code.resize(mark);
      fs_->fn->pos.resize(mark);
      fs_->next_reg = mreg;
      if (errors_ != errs || !probe.ok()) return;
      if (builtin_kind(ent->index) != CallKind::Statement) {
        probe.expr = c;
        error(start_pos(c), std::string(what) + " discards result of " + describe(probe));
        return;
      }
      int base = regs(3);
      int f = -1;
      int nargs = 1;
      switch (ent->index) {
        case BClose: {
          f = builtin_native("builtin.close");
          Operand ch = expr(c->list[0]);
          read(ch, base);
          break;
        }
        case BPanic: {
          f = builtin_native("builtin.panic");
          Operand v = expr(c->list[0]);
          value_to(v, types_.any_type(), "argument to panic", base);
          break;
        }
        case BRecover:
          f = builtin_native("builtin.recover");
          emit(Op::Zero, base, -1);
          break;
        case BDelete: case BCopy: {
          Operand a0 = expr(c->list[0]);
          read(a0, base);
          Operand a1 = expr(c->list[1], ent->index == BDelete ? a0.type->u()->key : nullptr);
          if (ent->index == BDelete) value_to(a1, a0.type->u()->key, "argument to delete", base + 1);
          else read(a1, base + 1);
          f = builtin_thunk(ent->index, a0.type, a1.type);
          nargs = 2;
          break;
        }
        default: {  // print, println
          f = builtin_native(ent->index == BPrint ? "builtin.print" : "builtin.println");
          int n = static_cast<int>(c->list.size());
          int first = regs(std::max(n, 1));
          for (int i = 0; i < n; ++i) {
            Operand v = expr(c->list[i]);
            assignment(v, nullptr, "argument to print");
            value_to(v, types_.any_type(), "argument to print", first + i);
          }
          emit(Op::Zero, base, -1);
          if (n) emit(Op::Append, base, base, first, n);
        }
      }
      fs_->cur = s->pos;
      emit(op, base, f, 0, nargs);
      return;
    }
  }
  size_t before = here();
  Operand r = call(c, -1);
  if (!r.ok()) return;
  if (call_kind_ == CallKind::Conversion || here() == before) {
    r.expr = c;
    error(start_pos(c), std::string(what) + " requires function call, not conversion " + describe(r));
    return;
  }
  // call() emitted a Call/CallV/CallI as its last instruction: turn it into go/defer.
  Instr& last = fs_->fn->code.back();
  int nargs;
  switch (last.op) {
    case Op::Call: {
      const Function* f = p_.funcs[last.b].get();
      nargs = static_cast<int>(f->sig->params.size()) + (f->has_recv ? 1 : 0);
      last.x = static_cast<uint32_t>(nargs);
      last.c = 0;
      break;
    }
    case Op::CallV:
      last.c = 1;
      break;
    case Op::CallI:
      last.c = 2;
      break;
    default:
      if (last.op == Op::Go || last.op == Op::Defer) return;
      if (call_kind_ == CallKind::Conversion) {
        r.expr = c;
        error(start_pos(c), std::string(what) + " requires function call, not conversion " + describe(r));
      }
      return;
  }
  last.op = op;
  fs_->fn->pos.back() = {s->pos.line, s->pos.col};
}

int Compiler::builtin_thunk(int id, const Type* a, const Type* b) {
  // delete(m, k) or copy(dst, src) as a function of the two evaluated arguments, for go/defer
  std::string key = std::string(id == BDelete ? "delete" : "copy") + std::to_string(a->canon->id) + "." + std::to_string(b->canon->id);
  auto it = thunks_.find(key);
  if (it != thunks_.end()) return it->second;
  int f = new_function(std::string("builtin.") + (id == BDelete ? "delete" : "copy"));
  thunks_[key] = f;
  Function* fn = p_.funcs[f].get();
  fn->sig = types_.func({a, b}, {}, false);
  fn->nparams = 2;
  fn->nresults = 0;
  fn->nregs = 3;
  fn->file = file_;
  FuncState* saved = fs_;
  FuncState fs;
  fs.fn = fn;
  fs.next_reg = 3;
  fs_ = &fs;
  if (id == BDelete) emit(Op::MapDel, 0, 1);
  else emit(Op::Copy, 2, 0, 1, b->u()->is_string() ? 1 : 0);
  emit(Op::Ret);
  fs_ = saved;
  return f;
}

void Compiler::branch(ast::Stmt* s) {
  // Misplaced branches and labels were reported by lang::check_branches, as gc's parser does.
  if (s->op == Tok::Goto) {
    error(s->pos, "goroscope does not support goto yet");
    return;
  }
  if (s->op == Tok::Fallthrough) {
    ++errors_;
    return;
  }
  bool brk = s->op == Tok::Break;
  for (auto it = fs_->loops.rbegin(); it != fs_->loops.rend(); ++it) {
    if (!s->label.empty() && it->label != s->label) continue;
    if (!brk && !it->is_loop) {
      if (!s->label.empty()) break;
      continue;
    }
    size_t j = emit(Op::Jmp, 0);
    (brk ? it->breaks : it->continues).push_back(j);
    return;
  }
  ++errors_;
}

// ---------------------------------------------------------------------------------------------
// Terminating statements (the spec's list), for "missing return".

namespace {
bool has_break(const std::vector<ast::Stmt*>& stmts, const std::string& label, bool nested);
bool has_break_stmt(ast::Stmt* s, const std::string& label, bool nested) {
  if (!s) return false;
  switch (s->kind) {
    case StmtKind::Branch:
      if (s->op != Tok::Break) return false;
      if (s->label.empty()) return !nested;
      return s->label == label;
    case StmtKind::BlockStmt: return has_break(s->body->stmts, label, nested);
    case StmtKind::If:
      return has_break(s->body->stmts, label, nested) || has_break_stmt(s->else_, label, nested);
    case StmtKind::Labeled: return has_break_stmt(s->stmt, label, nested);
    case StmtKind::For: case StmtKind::Range: return has_break(s->body->stmts, label, true);
    case StmtKind::Switch: case StmtKind::TypeSwitch: case StmtKind::Select:
      for (ast::CaseClause* c : s->clauses)
        if (has_break(c->body, label, true)) return true;
      return false;
    default: return false;
  }
}
bool has_break(const std::vector<ast::Stmt*>& stmts, const std::string& label, bool nested) {
  for (ast::Stmt* s : stmts)
    if (has_break_stmt(s, label, nested)) return true;
  return false;
}
}  // namespace

bool Compiler::terminates_list(const std::vector<ast::Stmt*>& l) {
  for (auto it = l.rbegin(); it != l.rend(); ++it) {
    if ((*it)->kind == StmtKind::Empty) continue;
    return terminates(*it);
  }
  return false;
}

bool Compiler::terminates(ast::Stmt* s) {
  static const std::string none;
  std::string label;
  if (s->kind == StmtKind::Labeled) {
    label = s->label;
    s = s->stmt;
    if (!s) return false;
  }
  switch (s->kind) {
    case StmtKind::Return: return true;
    case StmtKind::Branch: return s->op == Tok::Goto;
    case StmtKind::Expr: {
      ast::Expr* x = s->x;
      while (x->kind == ExprKind::Paren) x = x->x;
      if (x->kind == ExprKind::Call && x->x->kind == ExprKind::Ident && x->x->name == "panic") {
        Entity* e = lookup("panic");
        return e && e->k == Entity::Builtin;
      }
      return false;
    }
    case StmtKind::BlockStmt: return terminates_list(s->body->stmts);
    case StmtKind::If: return s->else_ && terminates_list(s->body->stmts) && terminates(s->else_);
    case StmtKind::For: return !s->cond && !has_break(s->body->stmts, label, false);
    case StmtKind::Switch: case StmtKind::TypeSwitch: case StmtKind::Select: {
      bool def = s->kind == StmtKind::Select;
      for (ast::CaseClause* c : s->clauses) {
        if (c->is_default) def = true;
        if (has_break(c->body, label, false)) return false;
        bool fall = !c->body.empty() && c->body.back()->kind == StmtKind::Branch && c->body.back()->op == Tok::Fallthrough;
        if (!fall && !terminates_list(c->body)) return false;
      }
      return def;
    }
    default: return false;
  }
}

}  // namespace goro::vm
