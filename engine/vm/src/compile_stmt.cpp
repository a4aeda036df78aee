// Statements, function bodies and the checks that need control flow ("missing return").
#include <algorithm>

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
  (void)pos;
  if (name != "_") fs_->scope->names[name] = e;
  return e;
}

void Compiler::compile_function(ast::FuncDecl* fd, int index) {
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
  auto bind_param = [&](const std::string& name, const Type* t, int r) {
    if (name.empty() || name == "_") return;
    bool boxed = !t->value_boxed() && (fs_->escaping.count(name) || needs_box_for_methods(t));
    Entity* e = new_entity(Entity::Local, name);
    e->type = t;
    e->owner = fs_;
    if (boxed) {
      int b = reg();
      fs_->keep = b + 1;
      emit(Op::Box, b, r);
      e->index = b;
      e->boxed = true;
    } else {
      e->index = r;
    }
    fs_->scope->names[name] = e;
  };
  if (recv && !recv->names.empty()) bind_param(recv->names[0]->name, recv_t, 0);
  for (size_t i = 0; i < sig->params.size(); ++i) bind_param(names[i], sig->params[i], nrecv + static_cast<int>(i));
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
        if (name == "_") continue;
        bool boxed = !t->value_boxed() && (fs_->escaping.count(name) || needs_box_for_methods(t));
        Entity* e = new_entity(Entity::Local, name);
        e->type = t;
        e->owner = fs_;
        e->index = r;
        if (boxed) {
          int b = reg();
          fs_->keep = b + 1;
          emit(Op::Box, b, r);
          e->index = b;
          e->boxed = true;
          fn->result_boxes.push_back({static_cast<int>(ri), b});
        }
        fs_->scope->names[name] = e;
      }
    }
  }
  if (body) {
    block(body->stmts);
    fs_->cur = body->rbrace;
    if (!sig->results.empty() && !terminates_list(body->stmts)) error(body->rbrace, "missing return");
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
  fs_->cur = s->pos;
  switch (s->kind) {
    case StmtKind::Empty: case StmtKind::Bad: return;
    case StmtKind::Decl:
      if (s->decl->tok == Tok::Var) var_decl(s->decl, false);
      else if (s->decl->tok == Tok::Const) {
        for (ast::ValueSpec* vs : s->decl->values) {
          ast::ValueSpec* src = vs;
          if (vs->implicit) {
            for (ast::ValueSpec* p : s->decl->values) {
              if (p == vs) break;
              if (!p->implicit) src = p;
            }
          }
          for (size_t i = 0; i < vs->names.size(); ++i) {
            Entity* e = new_entity(Entity::Const, vs->names[i]->name);
            pending_consts_[e] = {src, static_cast<int>(i), vs->iota, pkg_};
            // local constants are resolved in the current function's scope
            auto& pc = pending_consts_[e];
            pc.busy = true;
            int saved = iota_;
            iota_ = vs->iota;
            const Type* t = src->type ? resolve_type(src->type) : nullptr;
            if (static_cast<size_t>(i) < src->values.size()) {
              Operand o = expr(src->values[i]);
              if (o.mode == Operand::Const) {
                if (t) convert_const(o, t, true, "constant declaration");
                e->type = o.type;
                e->cval = o.c;
              } else {
                if (o.ok()) error(src->values[i]->pos, describe(o) + " is not constant");
                e->type = types_.basic(Kind::Invalid);
              }
            } else {
              error(vs->pos, "missing init expr for const declaration");
              e->type = types_.basic(Kind::Invalid);
            }
            iota_ = saved;
            pending_consts_.erase(e);
            if (e->name != "_") fs_->scope->names[e->name] = e;
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
      ast::Expr* x = s->x;
      while (x->kind == ExprKind::Paren) x = x->x;
      if (x->kind == ExprKind::Call) {
        Operand o = call(x, -1);
        if (o.mode == Operand::Value || o.mode == Operand::Const) {
          // builtins whose value must be used
          ast::Expr* f = x->x;
          if (f->kind == ExprKind::Ident) {
            Entity* ent = lookup(f->name);
            if (ent && ent->k == Entity::Builtin && ent->index != BRecover && ent->index != BCopy)
              error(x->pos, describe(o) + " is not used");
          }
          if (o.mode == Operand::Const || (f->kind != ExprKind::Ident && f->kind != ExprKind::Selector && f->kind != ExprKind::FuncLit && f->kind != ExprKind::Paren && f->kind != ExprKind::Index && f->kind != ExprKind::Call)) {
          }
        }
        return;
      }
      if (x->kind == ExprKind::Unary && x->op == Tok::Arrow) {
        recv_expr(x, false);
        return;
      }
      Operand o = expr(x);
      if (o.ok()) error(x->pos, describe(o) + " is not used");
      return;
    }
    case StmtKind::Send: {
      Operand c = expr(s->lhs.empty() ? s->x : s->lhs[0]);
      ast::Expr* ve = s->rhs.empty() ? s->value : s->rhs[0];
      if (!c.ok()) return;
      const Type* u = c.type->u();
      if (u->kind != Kind::Chan) {
        error(s->pos, "invalid operation: cannot send to non-channel " + describe(c));
        return;
      }
      if (u->dir == Dir::Recv) {
        error(s->pos, "invalid operation: cannot send to receive-only channel " + describe(c));
        return;
      }
      int cr = read(c);
      Operand v = expr(ve, u->elem);
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
        error(s->pos, "invalid operation: " + expr_string(target) + std::string(spelling(s->op)) + " (non-numeric type " + type_string(cur.type) + ")");
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

LValue Compiler::lvalue(ast::Expr* e) {
  LValue lv;
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
        Operand probe = ident(e);  // registers the capture and loads it
        (void)probe;
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
      lv.type = p_.global_types[ent->index];
      lv.a = ent->index;
      return lv;
    }
    Operand o = expr(e);
    if (o.ok()) error(e->pos, "cannot assign to " + describe(o));
    lv.type = types_.basic(Kind::Invalid);
    return lv;
  }
  if (e->kind == ExprKind::Selector) {
    if (e->x->kind == ExprKind::Ident) {
      Entity* pe = lookup(e->x->name);
      if (pe && pe->k == Entity::Pkg) {
        auto it = pe->pkg->scope.names.find(e->name);
        if (it != pe->pkg->scope.names.end() && it->second->k == Entity::Global) {
          lv.k = LValue::Global;
          lv.type = p_.global_types[it->second->index];
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
    if (last.op == Op::Field && last.a == f.reg) {
      lv.k = LValue::Field;
      lv.type = f.type;
      lv.a = last.b;
      lv.field = last.c;
      lv.offset = static_cast<int>(last.x);
      fs_->fn->code.pop_back();
      fs_->fn->pos.pop_back();
      return lv;
    }
    error(e->pos, "cannot assign to " + describe(f));
    lv.type = types_.basic(Kind::Invalid);
    return lv;
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
      return lv;
    }
    if (u->is_string()) {
      error(e->pos, "cannot assign to " + expr_string(e) + " (neither addressable nor a map index expression)");
      lv.type = types_.basic(Kind::Invalid);
      return lv;
    }
    // slices and arrays: compile as an index read, then reuse its operands
    Operand v = index_expr(e);
    if (!v.ok()) {
      lv.type = types_.basic(Kind::Invalid);
      return lv;
    }
    Instr last = fs_->fn->code.back();
    if (last.op == Op::Index) {
      fs_->fn->code.pop_back();
      fs_->fn->pos.pop_back();
      lv.k = last.x == 0 ? LValue::Index : LValue::IndexArr;
      lv.type = v.type;
      lv.a = last.b;
      lv.b = last.c;
      return lv;
    }
    lv.type = types_.basic(Kind::Invalid);
    return lv;
  }
  if (e->kind == ExprKind::Star) {
    Operand p = expr(e->x);
    if (!p.ok()) {
      lv.type = types_.basic(Kind::Invalid);
      return lv;
    }
    if (p.type->kind != Kind::Pointer) {
      error(e->pos, "invalid operation: cannot indirect " + describe(p));
      lv.type = types_.basic(Kind::Invalid);
      return lv;
    }
    lv.k = LValue::Deref;
    lv.type = p.type->u()->elem;
    lv.a = read(p);
    return lv;
  }
  Operand o = expr(e);
  if (o.ok()) error(e->pos, "cannot assign to " + describe(o) + " (neither addressable nor a map index expression)");
  lv.type = types_.basic(Kind::Invalid);
  return lv;
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
    LValue lv = lvalue(s->lhs[0]);
    if (lv.type && lv.type->kind == Kind::Invalid) return;
    ast::Expr bin;
    bin.kind = ExprKind::Binary;
    bin.pos = s->pos;
    bin.op = op;
    bin.x = s->lhs[0];
    bin.y = s->rhs[0];
    Operand v = binary(&bin, lv.type);
    if (!v.ok()) return;
    v.expr = s->rhs[0];
    int r = value_to(v, lv.type, "assignment");
    store(lv, r, true);
    return;
  }
  size_t n = s->lhs.size(), m = s->rhs.size();
  if (n != m) {
    if (m == 1) {
      Operand o = multi_rhs(*this, s->rhs[0], n);
      if (!o.ok()) return;
      size_t got = o.mode == Operand::Multi ? o.type->results.size() : 1;
      if (got != n) {
        ast::Expr* call = s->rhs[0];
        if (o.mode == Operand::Multi || call->kind == ExprKind::Call)
          error(start_pos(s->rhs[0]), "assignment mismatch: " + std::to_string(n) + " variable" + (n > 1 ? "s" : "") + " but " + call_name(call) + " returns " + std::to_string(got) + " value" + (got > 1 ? "s" : ""));
        else
          error(s->lhs[0]->pos, "assignment mismatch: " + std::to_string(n) + " variables but " + std::to_string(m) + " value");
        return;
      }
      std::vector<LValue> lvs;
      for (ast::Expr* l : s->lhs) lvs.push_back(snapshot(lvalue(l)));
      for (size_t i = 0; i < n; ++i) {
        if (lvs[i].k == LValue::Blank) continue;
        Operand part;
        part.mode = Operand::Value;
        part.type = o.type->results[i];
        part.reg = o.reg + static_cast<int>(i);
        part.fresh = true;
        part.expr = s->rhs[0];
        int r = value_to(part, lvs[i].type, "assignment");
        store(lvs[i], r, true);
      }
      return;
    }
    error(s->lhs[0]->pos, "assignment mismatch: " + std::to_string(n) + " variable" + (n > 1 ? "s" : "") + " but " + std::to_string(m) + " value" + (m > 1 ? "s" : ""));
    return;
  }
  if (n == 1) {
    LValue lv = lvalue(s->lhs[0]);
    if (lv.type && lv.type->kind == Kind::Invalid) {
      expr(s->rhs[0]);
      return;
    }
    Operand v = expr(s->rhs[0], lv.type);
    if (!v.ok()) return;
    if (lv.k == LValue::Blank) {
      if (v.mode == Operand::Const && v.type->kind == Kind::UntypedNil) error(s->rhs[0]->pos, "use of untyped nil in assignment");
      else read(v);
      return;
    }
    int r = value_to(v, lv.type, "assignment");
    store(lv, r, v.fresh);
    return;
  }
  // a, b = b, a: evaluate every operand first, then store.
  std::vector<LValue> lvs;
  for (ast::Expr* l : s->lhs) lvs.push_back(snapshot(lvalue(l)));
  std::vector<int> vals;
  for (size_t i = 0; i < n; ++i) {
    Operand v = expr(s->rhs[i], lvs[i].type);
    if (!v.ok()) return;
    int t = reg();
    if (lvs[i].k == LValue::Blank) read(v, t);
    else value_to(v, lvs[i].type, "assignment", t);
    vals.push_back(t);
  }
  for (size_t i = 0; i < n; ++i) store(lvs[i], vals[i], true);
}

void Compiler::define(ast::Stmt* s) {
  size_t n = s->lhs.size(), m = s->rhs.size();
  // After an error the new names still exist (with an invalid type), so later uses do not
  // cascade into "undefined" errors.
  struct DeclareOnError {
    Compiler& c;
    ast::Stmt* s;
    bool done = false;
    ~DeclareOnError() {
      if (done) return;
      for (ast::Expr* l : s->lhs) {
        if (l->kind != ExprKind::Ident || l->name == "_") continue;
        if (c.fs_->scope->names.count(l->name)) continue;
        c.declare_local(l->name, l->pos, c.types_.basic(Kind::Invalid), -1, true);
      }
    }
  } guard{*this, s};
  std::vector<Operand> vals;
  std::vector<const Type*> types;
  std::vector<int> regs_;
  if (n != m) {
    if (m != 1) {
      error(s->lhs[0]->pos, "assignment mismatch: " + std::to_string(n) + " variable" + (n > 1 ? "s" : "") + " but " + std::to_string(m) + " value" + (m > 1 ? "s" : ""));
      return;
    }
    Operand o = multi_rhs(*this, s->rhs[0], n);
    if (!o.ok()) return;
    size_t got = o.mode == Operand::Multi ? o.type->results.size() : 1;
    if (got != n) {
      error(start_pos(s->rhs[0]), "assignment mismatch: " + std::to_string(n) + " variable" + (n > 1 ? "s" : "") + " but " + call_name(s->rhs[0]) + " returns " + std::to_string(got) + " value" + (got > 1 ? "s" : ""));
      return;
    }
    for (size_t i = 0; i < n; ++i) {
      types.push_back(o.type->results[i]);
      regs_.push_back(o.reg + static_cast<int>(i));
    }
  } else {
    for (size_t i = 0; i < n; ++i) {
      // an existing variable in this scope takes its own type as the hint
      const Type* hint = nullptr;
      if (s->lhs[i]->kind == ExprKind::Ident) {
        auto it = fs_->scope->names.find(s->lhs[i]->name);
        if (it != fs_->scope->names.end() && it->second->k == Entity::Local) hint = it->second->type;
      }
      Operand v = expr(s->rhs[i], hint);
      if (!v.ok()) return;
      if (v.mode == Operand::Multi) {
        if (n == 1) error(start_pos(s->rhs[i]), "assignment mismatch: 1 variable but " + call_name(s->rhs[i]) + " returns " + std::to_string(v.type->results.size()) + " values");
        else error(s->rhs[i]->pos, "multiple-value " + describe(v) + " in single-value context");
        return;
      }
      if (v.mode == Operand::NoValue) {
        error(s->rhs[i]->pos, describe(v) + " used as value");
        return;
      }
      if (v.mode == Operand::Const && v.type->kind == Kind::UntypedNil) {
        error(s->rhs[i]->pos, "use of untyped nil in assignment");
        return;
      }
      const Type* t = hint ? hint : default_type(types_, v.type);
      if (v.mode == Operand::TypeExpr || v.mode == Operand::Builtin || v.mode == Operand::PkgName) {
        read(v);
        return;
      }
      int r = reg();
      value_to(v, t, "assignment", r);
      types.push_back(t);
      regs_.push_back(r);
    }
  }
  for (size_t i = 0; i < n; ++i) {
    ast::Expr* l = s->lhs[i];
    if (l->kind != ExprKind::Ident) {
      error(l->pos, "non-name " + expr_string(l) + " on left side of :=");
      return;
    }
    if (l->name == "_") continue;
    auto it = fs_->scope->names.find(l->name);
    if (it != fs_->scope->names.end() && it->second->k == Entity::Local) {
      LValue lv = lvalue(l);
      Operand part;
      part.mode = Operand::Value;
      part.type = types[i];
      part.reg = regs_[i];
      part.fresh = true;
      part.expr = s->rhs.size() == n ? s->rhs[i] : s->rhs[0];
      int r = value_to(part, lv.type, "assignment");
      store(lv, r, true);
      continue;
    }
    declare_local(l->name, l->pos, types[i], regs_[i], true);
  }
  guard.done = true;
}

void Compiler::var_decl(ast::GenDecl* g, bool global) {
  for (ast::ValueSpec* vs : g->values) {
    const Type* t = vs->type ? resolve_type(vs->type) : nullptr;
    size_t n = vs->names.size(), m = vs->values.size();
    std::vector<int> regs_;
    std::vector<const Type*> types;
    std::string ctx = "variable declaration";
    if (m == 0) {
      for (size_t i = 0; i < n; ++i) {
        regs_.push_back(-1);
        types.push_back(t);
      }
    } else if (n != m) {
      if (m != 1) {
        error(vs->names[0]->pos, std::string(n > m ? "assignment mismatch: " : "assignment mismatch: ") + std::to_string(n) + " variable" + (n > 1 ? "s" : "") + " but " + std::to_string(m) + " value" + (m > 1 ? "s" : ""));
        continue;
      }
      Operand o = multi_rhs(*this, vs->values[0], n);
      if (!o.ok()) continue;
      size_t got = o.mode == Operand::Multi ? o.type->results.size() : 1;
      if (got != n) {
 error(start_pos(vs->values[0]), "assignment mismatch: " + std::to_string(n) + " variable" + (n > 1 ? "s" : "") + " but " + call_name(vs->values[0]) + " returns " + std::to_string(got) + " value" + (got > 1 ? "s" : ""));
        continue;
      }
      for (size_t i = 0; i < n; ++i) {
        Operand part;
        part.mode = Operand::Value;
        part.type = o.type->results[i];
        part.reg = o.reg + static_cast<int>(i);
        part.fresh = true;
        part.expr = vs->values[0];
        const Type* vt = t ? t : part.type;
        int r = reg();
        value_to(part, vt, ctx, r);
        regs_.push_back(r);
        types.push_back(vt);
      }
    } else {
      for (size_t i = 0; i < n; ++i) {
        Operand v = expr(vs->values[i], t);
        if (!v.ok()) {
          regs_.push_back(-1);
          types.push_back(t ? t : types_.basic(Kind::Invalid));
          continue;
        }
        if (v.mode == Operand::Const && v.type->kind == Kind::UntypedNil && !t) {
          error(vs->values[i]->pos, "use of untyped nil in variable declaration");
          regs_.push_back(-1);
          types.push_back(types_.basic(Kind::Invalid));
          continue;
        }
        if (v.mode == Operand::NoValue) {
          error(vs->values[i]->pos, describe(v) + " used as value");
          regs_.push_back(-1);
          types.push_back(types_.basic(Kind::Invalid));
          continue;
        }
        const Type* vt = t ? t : default_type(types_, v.type);
        int r = reg();
        value_to(v, vt, ctx, r);
        regs_.push_back(r);
        types.push_back(vt);
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
          int r = reg();
          zero_to_reg(types[i], r);
          emit(Op::StoreG, slot, r);
        } else {
          emit(Op::StoreG, slot, regs_[i]);
        }
      } else {
        declare_local(name, vs->names[i]->pos, types[i], regs_[i], true);
      }
    }
  }
}

void Compiler::local_type_decl(ast::GenDecl* g) {
  for (ast::TypeSpec* ts : g->types) {
    Entity* e = new_entity(Entity::TypeName, ts->name->name);
    if (ts->alias) {
      e->type = resolve_type(ts->type);
    } else {
      Type* t = types_.named(pkg_->name + "." + ts->name->name);
      e->type = t;
      fs_->scope->names[ts->name->name] = e;
      const Type* u = resolve_type(ts->type);
      types_.set_underlying(t, u);
    }
    fs_->scope->names[ts->name->name] = e;
  }
}

void Compiler::if_stmt(ast::Stmt* s) {
  int mark = fs_->next_reg, keep = fs_->keep;
  push_scope();
  if (s->init) stmt(s->init);
  Operand c = expr(s->cond);
  if (c.ok() && !c.type->u()->is_bool()) {
    error(s->cond->pos, "non-boolean condition in if statement");
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
      error(s->cond->pos, "non-boolean condition in for statement");
      c.mode = Operand::Invalid;
    }
    int cr = read(c);
    jf = emit(Op::JF, cr, 0);
  }
  fs_->loops.push_back({label, {}, {}, true, 0});
  {
    int m2 = fs_->next_reg, k2 = fs_->keep;
    push_scope();
    block(s->body->stmts);
    pop_scope();
    fs_->next_reg = m2;
    fs_->keep = k2;
  }
  size_t cont = here();
  if (s->post) stmt(s->post);
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
  if (!x.ok()) {
    pop_scope();
    return;
  }
  const Type* t = x.type;
  if (x.mode == Operand::Const && t->is_untyped()) t = default_type(types_, t);
  const Type* u = t->u();
  bool ptr_arr = u->kind == Kind::Pointer && u->elem->u()->kind == Kind::Array;
  const Type* cont = ptr_arr ? u->elem->u() : u;
  const Type* kt = nullptr;
  const Type* vt = nullptr;
  enum { RInt, RSlice, RArray, RString, RMap, RChan } kind;
  switch (cont->kind) {
    case Kind::Slice: kind = RSlice; kt = types_.basic(Kind::Int); vt = cont->elem; break;
    case Kind::Array: kind = RArray; kt = types_.basic(Kind::Int); vt = cont->elem; break;
    case Kind::String: case Kind::UntypedString: kind = RString; kt = types_.basic(Kind::Int); vt = types_.basic(Kind::Int32); break;
    case Kind::Map: kind = RMap; kt = cont->key; vt = cont->elem; break;
    case Kind::Chan: kind = RChan; kt = cont->elem; break;
    default:
      if (cont->is_integer()) {
        kind = RInt;
        kt = x.mode == Operand::Const && x.type->is_untyped() ? types_.basic(Kind::Int) : t;
        break;
      }
      error(s->x->pos, "cannot range over " + describe(x));
      pop_scope();
      return;
  }
  if (kind == RChan && s->value) {
    error(s->value->pos, "range over " + describe(x) + " permits only one iteration variable");
    pop_scope();
    return;
  }
  if (kind == RChan && cont->dir == Dir::Send) {
    error(s->x->pos, "invalid operation: range " + expr_string(s->x) + " receive from send-only channel " + type_string(t));
    pop_scope();
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
    case RChan: break;
  }
  size_t top = here();
  size_t jexit;
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
  Operand tag;
  int tr = -1;
  const Type* tt = types_.basic(Kind::Bool);
  if (s->x) {
    tag = expr(s->x);
    if (!tag.ok()) {
      pop_scope();
      return;
    }
    if (tag.mode == Operand::Const) tt = default_type(types_, tag.type);
    else tt = tag.type->is_untyped() ? default_type(types_, tag.type) : tag.type;
    tr = reg();
    fs_->keep = std::max(fs_->keep, tr + 1);
    value_to(tag, tt, "switch expression", tr);
  }
  std::vector<std::vector<size_t>> jumps(s->clauses.size());
  int def = -1;
  int cmp = reg();
  fs_->keep = std::max(fs_->keep, cmp + 1);
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    ast::CaseClause* cc = s->clauses[i];
    if (cc->is_default) {
      def = static_cast<int>(i);
      continue;
    }
    for (ast::Expr* ce : cc->list) {
      int m2 = fs_->next_reg;
      if (!s->x) {
        Operand c = expr(ce);
        if (c.ok() && !c.type->u()->is_bool()) error(ce->pos, "invalid case " + expr_string(ce) + " in switch (mismatched types " + type_string(c.type) + " and bool)");
        read(c, cmp);
      } else {
        ast::Expr eq;
        eq.kind = ExprKind::Binary;
        eq.op = Tok::Eql;
        eq.pos = ce->pos;
        eq.x = s->x;
        eq.y = ce;
        Operand tagop;
        tagop.mode = Operand::Value;
        tagop.type = tt;
        tagop.reg = tr;
        tagop.expr = s->x;
        Operand c = expr(ce, tt);
        if (!c.ok()) continue;
        Operand r = comparison(&eq, tagop, c);
        if (!r.ok()) {
          continue;
        }
        read(r, cmp);
      }
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
    if (fall) {
      body.pop_back();
      if (i + 1 == s->clauses.size()) error(cc->body.back()->pos, "cannot fallthrough final case in switch");
    }
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
  if (x.type->kind != Kind::Interface) {
    error(guard->pos, expr_string(guard) + " (" + describe(x).substr(expr_string(guard).size() + 2) + " is not an interface");
    pop_scope();
    return;
  }
  int xr = reg();
  fs_->keep = std::max(fs_->keep, xr + 1);
  read(x, xr);
  int tmp = regs(2);
  fs_->keep = std::max(fs_->keep, tmp + 2);
  std::vector<std::vector<size_t>> jumps(s->clauses.size());
  std::vector<const Type*> single(s->clauses.size(), nullptr);
  int def = -1;
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    ast::CaseClause* cc = s->clauses[i];
    if (cc->is_default) {
      def = static_cast<int>(i);
      continue;
    }
    for (ast::Expr* te : cc->list) {
      if (te->kind == ExprKind::Ident && te->name == "nil" && lookup("nil") && lookup("nil")->k == Entity::Nil) {
        int z = reg();
        emit(Op::Zero, z, -1);
        emit(Op::EqV, tmp + 1, xr, z, type_index(x.type));
        jumps[i].push_back(emit(Op::JT, tmp + 1, 0));
        if (cc->list.size() == 1) single[i] = x.type;
        continue;
      }
      const Type* t = resolve_type(te);
      if (t->kind == Kind::Invalid) continue;
      if (t->kind != Kind::Interface) {
        bool wrong_ptr = false;
        std::string m = missing_method(t, x.type, &wrong_ptr);
        if (!m.empty()) {
          error(te->pos, "impossible type switch case: " + expr_string(guard) + " (" + describe(x).substr(expr_string(guard).size() + 2) + " cannot have dynamic type " + type_string(t) + " (" + (wrong_ptr ? "method " + m + " has pointer receiver" : "missing method " + m) + ")");
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
  bool used = s->label.empty();
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    ast::CaseClause* cc = s->clauses[i];
    for (size_t j : jumps[i]) patch_b(j);
    if (static_cast<int>(i) == def) patch(jdef);
    int m2 = fs_->next_reg, k2 = fs_->keep;
    push_scope();
    if (!s->label.empty()) {
      const Type* bt = single[i] ? single[i] : x.type;
      int v = reg();
      if (single[i] && single[i] != x.type) emit(Op::Assert, v, xr, type_index(bt), 0);
      else emit(Op::Mov, v, xr);
      Entity* e = declare_local(s->label, s->label_pos, bt, v, true);
      (void)e;
      bool refs = false;
      for (ast::Stmt* b : cc->body) walk_stmt(b, [&](ast::Expr* ex) { refs |= ex->kind == ExprKind::Ident && ex->name == s->label; });
      used |= refs;
    }
    block(cc->body);
    pop_scope();
    fs_->next_reg = m2;
    fs_->keep = k2;
    ends.push_back(emit(Op::Jmp, 0));
  }
  if (!used) error(s->label_pos, s->label + " declared but not used");
  if (def < 0) patch(jdef);
  for (size_t e : ends) patch(e);
  LoopLabels ll = std::move(fs_->loops.back());
  fs_->loops.pop_back();
  for (size_t b : ll.breaks) patch(b);
  pop_scope();
  fs_->next_reg = mark;
  fs_->keep = keep;
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
  int def = -1;
  for (size_t i = 0; i < s->clauses.size(); ++i) {
    ast::CaseClause* cc = s->clauses[i];
    if (cc->is_default) {
      table.has_default = true;
      def = static_cast<int>(i);
      continue;
    }
    ast::Stmt* comm = cc->comm;
    SelectCase sc;
    if (comm->kind == StmtKind::Send) {
      Operand c = expr(comm->lhs.empty() ? comm->x : comm->lhs[0]);
      if (!c.ok()) continue;
      if (c.type->u()->kind != Kind::Chan) {
        error(comm->pos, "invalid operation: cannot send to non-channel " + describe(c));
        continue;
      }
      sc.send = true;
      sc.chan = reg();
      fs_->keep = std::max(fs_->keep, sc.chan + 1);
      read(c, sc.chan);
      Operand v = expr(comm->rhs.empty() ? comm->value : comm->rhs[0], c.type->u()->elem);
      sc.value = reg();
      fs_->keep = std::max(fs_->keep, sc.value + 1);
      value_to(v, c.type->u()->elem, "send", sc.value);
      infos.push_back({cc, static_cast<int>(table.cases.size()), sc.value, nullptr});
    } else {
      // receive: `<-ch`, `v := <-ch`, `v, ok := <-ch`, `v = <-ch`
      ast::Expr* rx = comm->kind == StmtKind::Expr ? comm->x : comm->rhs.empty() ? nullptr : comm->rhs[0];
      while (rx && rx->kind == ExprKind::Paren) rx = rx->x;
      if (!rx || rx->kind != ExprKind::Unary || rx->op != Tok::Arrow) {
        error(comm->pos, "select case must be receive, send or assign recv");
        continue;
      }
      Operand c = expr(rx->x);
      if (!c.ok()) continue;
      if (c.type->u()->kind != Kind::Chan) {
        error(rx->pos, "invalid operation: cannot receive from non-channel " + describe(c));
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
  for (size_t e : ends) patch(e);
  LoopLabels ll = std::move(fs_->loops.back());
  fs_->loops.pop_back();
  for (size_t b : ll.breaks) patch(b);
  fs_->next_reg = mark;
  fs_->keep = keep;
}

void Compiler::return_stmt(ast::Stmt* s) {
  size_t want = fs_->results.size();
  size_t n = s->rhs.size();
  if (n == 0) {
    if (want && !fs_->named_results) {
      error(s->pos, "not enough return values\n\thave ()\n\twant " + [&] {
        std::string w = "(";
        for (size_t i = 0; i < want; ++i) w += (i ? ", " : "") + type_string(fs_->results[i]);
        return w + ")";
      }());
      return;
    }
    fs_->cur = s->pos;
    emit(Op::Ret);
    return;
  }
  auto wanted = [&] {
    std::string w = "(";
    for (size_t i = 0; i < want; ++i) w += (i ? ", " : "") + type_string(fs_->results[i]);
    return w + ")";
  };
  std::vector<int> vals;
  if (n == 1 && want > 1) {
    Operand o = expr(s->rhs[0]);
    if (!o.ok()) return;
    if (o.mode != Operand::Multi || o.type->results.size() != want) {
      error(s->rhs[0]->pos, std::string(o.mode == Operand::Multi && o.type->results.size() > want ? "too many" : "not enough") + " return values\n\thave (" + (o.mode == Operand::Multi ? type_string(o.type).substr(1, type_string(o.type).size() - 2) : (o.type ? (o.mode == Operand::Const && o.type->is_untyped() && o.c.k != ConstVal::String ? std::string("number") : type_string(o.type)) : "")) + ")\n\twant " + wanted());
      return;
    }
    for (size_t i = 0; i < want; ++i) {
      Operand part;
      part.mode = Operand::Value;
      part.type = o.type->results[i];
      part.reg = o.reg + static_cast<int>(i);
      part.fresh = true;
      part.expr = s->rhs[0];
      int t = reg();
      value_to(part, fs_->results[i], "return statement", t);
      vals.push_back(t);
    }
  } else {
    if (n != want) {
      std::string have = "(";
      std::vector<Operand> ops;
      for (size_t i = 0; i < n; ++i) {
        Operand o = expr(s->rhs[i]);
        if (!o.ok()) return;
        const Type* t = o.type;
        have += (i ? ", " : "") + (o.mode == Operand::Const && t->is_untyped() && t->kind != Kind::UntypedString && t->kind != Kind::UntypedBool && t->kind != Kind::UntypedNil ? std::string("number") : t->kind == Kind::UntypedNil ? std::string("nil") : type_string(t));
      }
      have += ")";
      if (want == 0) error(s->rhs[0]->pos, "too many return values\n\thave " + have + "\n\twant ()");
      else error(n > want ? s->rhs[want]->pos : s->pos, std::string(n > want ? "too many" : "not enough") + " return values\n\thave " + have + "\n\twant " + wanted());
      return;
    }
    for (size_t i = 0; i < n; ++i) {
      Operand o = expr(s->rhs[i], fs_->results[i]);
      int t = reg();
      value_to(o, fs_->results[i], "return statement", t);
      vals.push_back(t);
    }
  }
  for (size_t i = 0; i < want; ++i) {
    bool boxed = false;
    for (auto& [ri, box] : fs_->fn->result_boxes)
      if (ri == static_cast<int>(i)) {
        emit(Op::SetBox, box, vals[i]);
        boxed = true;
      }
    if (!boxed) emit(Op::Mov, fs_->result_regs[i], vals[i]);
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
  // builtins: wrap in a native function taking the evaluated arguments
  if (fe->kind == ExprKind::Ident) {
    Entity* ent = lookup(fe->name);
    if (ent && ent->k == Entity::Builtin) {
      std::string name;
      switch (ent->index) {
        case BClose: name = "builtin.close"; break;
        case BPanic: name = "builtin.panic"; break;
        case BPrint: name = "builtin.print"; break;
        case BPrintln: name = "builtin.println"; break;
        case BRecover: name = "builtin.recover"; break;
        default:
          error(c->pos, std::string(what) + " discards result of " + expr_string(c));
          return;
      }
      int f = builtin_native(name);
      int base = regs(2);
      if (ent->index == BClose) {
        if (c->list.size() != 1) {
          error(c->pos, "wrong number of arguments to close");
          return;
        }
        Operand ch = expr(c->list[0]);
        if (!ch.ok()) return;
        if (ch.type->u()->kind != Kind::Chan) {
          error(c->list[0]->pos, "invalid operation: non-chan argument " + describe(ch) + " to close");
          return;
        }
        read(ch, base);
      } else if (ent->index == BPanic) {
        if (c->list.size() != 1) {
          error(c->pos, "wrong number of arguments to panic");
          return;
        }
        Operand v = expr(c->list[0]);
        value_to(v, types_.any_type(), "argument to panic", base);
      } else if (ent->index == BRecover) {
        emit(Op::Zero, base, -1);
      } else {
        int n = static_cast<int>(c->list.size());
        int first = regs(std::max(n, 1));
        for (int i = 0; i < n; ++i) {
          Operand v = expr(c->list[i]);
          value_to(v, types_.any_type(), "argument to print", first + i);
        }
        emit(Op::Zero, base, -1);
        if (n) emit(Op::Append, base, base, first, n);
      }
      fs_->cur = s->pos;
      emit(op, base, f, 0, 1);
      return;
    }
  }
  Operand r = call(c, -1);
  if (!r.ok()) return;
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
      error(c->pos, std::string(what) + " requires function call, not conversion");
      return;
  }
  last.op = op;
  fs_->fn->pos.back() = {s->pos.line, s->pos.col};
}

void Compiler::branch(ast::Stmt* s) {
  if (s->op == Tok::Goto) {
    error(s->pos, "goroscope does not support goto yet");
    return;
  }
  if (s->op == Tok::Fallthrough) {
    error(s->pos, "fallthrough statement out of place");
    return;
  }
  bool brk = s->op == Tok::Break;
  for (auto it = fs_->loops.rbegin(); it != fs_->loops.rend(); ++it) {
    if (!s->label.empty() && it->label != s->label) continue;
    if (!brk && !it->is_loop) {
      if (!s->label.empty()) {
        error(s->label_pos, "invalid continue label " + s->label);
        return;
      }
      continue;
    }
    size_t j = emit(Op::Jmp, 0);
    (brk ? it->breaks : it->continues).push_back(j);
    return;
  }
  if (!s->label.empty()) error(s->label_pos, std::string("invalid ") + (brk ? "break" : "continue") + " label " + s->label);
  else error(s->pos, std::string(brk ? "break" : "continue") + " is not in a loop" + (brk ? ", switch, or select" : ""));
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
