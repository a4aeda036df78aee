// Calls, builtins, conversions, composite literals, closures, indexing and assertions.
#include <cmath>

#include "compiler_class.h"
#include "layout.h"
#include "natives.h"
#include "goro/lang/scanner.h"

namespace goro::vm {

using ast::ExprKind;

namespace {
std::string have_list(Compiler& c, std::vector<Operand>& args) {
  std::string s = "(";
  for (size_t i = 0; i < args.size(); ++i) {
    if (i) s += ", ";
    const Type* t = args[i].type;
    if (!t) s += "?";
    else if (args[i].mode == Operand::Const && t->is_untyped() && (t->kind == Kind::UntypedInt || t->kind == Kind::UntypedFloat || t->kind == Kind::UntypedRune)) s += "number";
    else if (args[i].mode == Operand::Multi) {
      for (size_t j = 0; j < t->results.size(); ++j) s += (j ? ", " : "") + type_string(t->results[j]);
    } else s += type_string(t);
  }
  (void)c;
  return s + ")";
}
std::string want_list(const Type* sig) {
  std::string s = "(";
  for (size_t i = 0; i < sig->params.size(); ++i) {
    if (i) s += ", ";
    if (sig->variadic && i + 1 == sig->params.size()) s += "..." + type_string(sig->params[i]->elem);
    else s += type_string(sig->params[i]);
  }
  return s + ")";
}
}  // namespace

Operand Compiler::emit_call(ast::Expr* e, Callee& c, ast::Expr* recv_e, const std::function<void(int)>& put_recv, Op op) {
  Operand o;
  o.expr = e;
  const Type* sig = c.sig;
  size_t np = sig->params.size();
  size_t nres = sig->results.size();
  int nrecv = c.has_recv ? 1 : 0;
  int base = regs(static_cast<int>(std::max<size_t>({np + nrecv, nres, 1})));
  if (c.has_recv) put_recv(base);
  (void)recv_e;
  std::string fname = expr_string(e->x);
  // f(g()) with a multi-value g spreads its results.
  std::vector<Operand> args;
  if (e->list.size() == 1 && e->list[0]->kind == ExprKind::Call && !e->ellipsis) {
    Operand m = call(e->list[0], -1);
    if (!m.ok()) return o;
    if (m.mode == Operand::Multi) {
      size_t n = m.type->results.size();
      bool fits = sig->variadic ? n >= np - 1 : n == np;
      if (!fits) {
        error(n < np ? e->rbrace : e->list[0]->pos, std::string(n < np ? "not enough" : "too many") + " arguments in call to " + fname + "\n\thave " + have_list(*this, *new std::vector<Operand>{m}) + "\n\twant " + want_list(sig));
        return o;
      }
      for (size_t i = 0; i < n; ++i) {
        Operand part;
        part.mode = Operand::Value;
        part.type = m.type->results[i];
        part.reg = m.reg + static_cast<int>(i);
        part.fresh = true;
        part.expr = e->list[0];
        args.push_back(part);
      }
    } else {
      args.push_back(m);
    }
  } else {
    for (size_t i = 0; i < e->list.size(); ++i) {
      const Type* hint = i < np ? sig->params[i] : (sig->variadic && np ? sig->params[np - 1]->elem : nullptr);
      if (sig->variadic && i + 1 >= np && !e->ellipsis && hint && np && i >= np - 1) hint = sig->params[np - 1]->elem;
      args.push_back(expr(e->list[i], hint));
      if (!args.back().ok()) {
        // keep checking the other arguments, as Go reports every error
        for (size_t k = i + 1; k < e->list.size(); ++k) expr(e->list[k]);
        return o;
      }
      if (args.back().mode == Operand::Multi) {
        error(e->list[i]->pos, "multiple-value " + describe(args.back()) + " in single-value context");
        return o;
      }
    }
  }
  size_t n = args.size();
  bool spread = e->ellipsis;
  if (spread && !sig->variadic) {
    error(e->list.back()->pos, "have (...) used with non-variadic function");
    error(e->pos, "cannot use ... in call to non-variadic " + fname);
    return o;
  }
  size_t fixed = sig->variadic ? np - 1 : np;
  if (n < fixed || (!sig->variadic && n > np) || (spread && n != np)) {
    bool few = n < fixed || (spread && n < np);
    // Go points at the last argument when some are missing, at the first extra one otherwise.
    lang::Pos at = few ? (e->list.empty() ? e->rbrace : start_pos(e->list.back())) : start_pos(e->list[fixed]);
    error(at, std::string(few ? "not enough" : "too many") + " arguments in call to " + fname + "\n\thave " + have_list(*this, args) + "\n\twant " + want_list(sig));
    return o;
  }
  std::string ctx = "argument to " + fname;
  for (size_t i = 0; i < fixed; ++i) value_to(args[i], sig->params[i], ctx, base + nrecv + static_cast<int>(i));
  if (sig->variadic) {
    int slot = base + nrecv + static_cast<int>(np - 1);
    const Type* st = sig->params[np - 1];
    if (spread) {
      value_to(args[np - 1], st, ctx, slot);
    } else if (n == fixed) {
      emit(Op::Zero, slot, -1);
    } else {
      int first = regs(static_cast<int>(n - fixed));
      for (size_t i = fixed; i < n; ++i) value_to(args[i], st->elem, ctx, first + static_cast<int>(i - fixed));
      emit(Op::Zero, slot, -1);
      emit(Op::Append, slot, slot, first, static_cast<int>(n - fixed));
    }
  }
  int nargs = nrecv + static_cast<int>(np);
  fs_->cur = e->pos;
  switch (c.k) {
    case Callee::Static:
      if (op == Op::Call) emit(Op::Call, base, c.func);
      else emit(op, base, c.func, 0, nargs);
      break;
    case Callee::Value:
      if (op == Op::Call) emit(Op::CallV, base, c.reg);
      else emit(op, base, c.reg, 1, nargs);
      break;
    case Callee::Iface:
      if (op == Op::Call) emit(Op::CallI, base, c.reg);
      else emit(op, base, c.reg, 2, nargs);
      break;
  }
  if (nres == 0) {
    o.mode = Operand::NoValue;
  } else if (nres == 1) {
    o.mode = Operand::Value;
    o.type = sig->results[0];
    o.reg = base;
    o.fresh = true;
  } else {
    o.mode = Operand::Multi;
    o.type = types_.tuple(sig->results);
    o.reg = base;
  }
  return o;
}

Operand Compiler::call(ast::Expr* e, int want_results) {
  Operand o;
  o.expr = e;
  ast::Expr* fe = e->x;
  while (fe->kind == ExprKind::Paren) fe = fe->x;
  // Builtins and conversions.
  if (fe->kind == ExprKind::Ident) {
    Entity* ent = lookup(fe->name);
    if (ent && ent->k == Entity::Builtin) {
      Operand r = call_builtin(e, ent->index);
      return r;
    }
    if (ent && ent->k == Entity::Func) {
      Callee c;
      c.k = Callee::Static;
      c.func = ent->index;
      c.sig = ent->type;
      Operand r = emit_call(e, c, nullptr, nullptr);
      if (r.mode == Operand::Multi && want_results == 1) {
      }
      return r;
    }
  }
  if (fe->kind == ExprKind::Selector) {
    // pkg.Func, or a method call
    bool is_pkg = false;
    if (fe->x->kind == ExprKind::Ident) {
      Entity* pe = lookup(fe->x->name);
      is_pkg = pe && pe->k == Entity::Pkg;
      if (is_pkg) {
        auto it = pe->pkg->scope.names.find(fe->name);
        if (it != pe->pkg->scope.names.end() && it->second->k == Entity::Func && std::isupper(static_cast<unsigned char>(fe->name[0]))) {
          Callee c;
          c.k = Callee::Static;
          c.func = it->second->index;
          c.sig = it->second->type;
          return emit_call(e, c, nullptr, nullptr);
        }
      }
    }
    if (!is_pkg) {
      // Peek at the receiver's type without emitting code twice: compile it once into a register.
      size_t mark_code = fs_->fn->code.size();
      int mark_reg = fs_->next_reg;
      Operand x = expr(fe->x);
      if (!x.ok()) return o;
      if (x.mode != Operand::TypeExpr && x.mode != Operand::PkgName) {
        const Type* xt = x.mode == Operand::Const ? default_type(types_, x.type) : x.type;
        Selection sel = goro::vm::lookup(xt, fe->name);
        if (sel.kind == Selection::MethodSel) {
          // Discard the probe and compile the receiver as the method needs it.
          fs_->fn->code.resize(mark_code);
          fs_->fn->pos.resize(mark_code);
          fs_->next_reg = mark_reg;
          Callee c;
          c.sig = sel.type;
          c.has_recv = true;
          if (sel.recv_base->u()->kind == Kind::Interface) {
            c.k = Callee::Iface;
            c.reg = method_name(fe->name);
            return emit_call(e, c, fe->x, [&](int dst) {
              Operand xx = expr(fe->x);
              int r = read(xx);
              const Type* cur = xx.type;
              for (int idx : sel.path) {
                const Type* st = cur->kind == Kind::Pointer && !cur->named() ? cur->elem : cur;
                int t = reg();
                emit(Op::Field, t, r, idx);
                r = t;
                cur = st->u()->fields[idx].type;
              }
              emit(Op::Mov, dst, r);
            });
          }
          c.k = Callee::Static;
          c.func = sel.method->func;
          return emit_call(e, c, fe->x, [&](int dst) { method_receiver(fe->x, sel, dst); });
        }
        fs_->fn->code.resize(mark_code);
        fs_->fn->pos.resize(mark_code);
        fs_->next_reg = mark_reg;
      } else if (x.mode == Operand::TypeExpr) {
        fs_->fn->code.resize(mark_code);
        fs_->fn->pos.resize(mark_code);
        fs_->next_reg = mark_reg;
      }
    }
  }
  Operand f = expr(e->x);
  if (!f.ok()) return o;
  if (f.mode == Operand::TypeExpr) {
    if (e->list.size() != 1) {
      if (e->list.empty()) error(e->rbrace, "missing argument in conversion to " + type_string(f.type));
      else error(e->list[1]->pos, "too many arguments in conversion to " + type_string(f.type));
      return o;
    }
    return conversion(e, f.type);
  }
  if (f.mode == Operand::Builtin) return call_builtin(e, f.builtin);
  if (f.mode != Operand::Value || f.type->u()->kind != Kind::Func) {
    error(e->pos, "invalid operation: cannot call non-function " + describe(f));
    return o;
  }
  Callee c;
  c.k = Callee::Value;
  c.reg = read(f);
  c.sig = f.type->u();
  return emit_call(e, c, nullptr, nullptr);
}

Operand Compiler::conversion(ast::Expr* e, const Type* t) {
  Operand o;
  o.expr = e;
  Operand x = expr(e->list[0], t);
  if (!x.ok()) return o;
  const Type* u = t->u();
  auto fail = [&]() {
    error(e->pos, "cannot convert " + describe(x) + " to type " + type_string(t));
    return o;
  };
  if (x.mode == Operand::Const && x.type->kind != Kind::UntypedNil) {
    // constant conversions
    if (u->is_numeric() || u->is_bool() || (u->is_string() && x.c.k == ConstVal::String)) {
      ConstVal out;
      ConstVal in = x.c;
      if (u->is_integer() && in.k == ConstVal::Float && !x.type->is_untyped()) {
        // float constant typed: truncation not allowed either
      }
      if (!representable(in, t, &out)) {
        if (in.k == ConstVal::Float && u->is_integer() && std::trunc(in.f) != in.f)
          error(e->pos, "cannot convert " + describe(x) + " to type " + type_string(t) + " (truncated)");
        else if ((in.k == ConstVal::Int || in.k == ConstVal::Float) && u->is_numeric())
          error(e->pos, "cannot convert " + describe(x) + " to type " + type_string(t) + " (overflows)");
        else
          return fail();
        return o;
      }
      o.mode = Operand::Const;
      o.type = t;
      o.c = out;
      return o;
    }
    if (u->is_string() && x.c.k == ConstVal::Int) {
      std::string s;
      __int128 r = x.c.i;
      append_utf8(s, (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) ? 0xFFFD : static_cast<char32_t>(r));
      o.mode = Operand::Const;
      o.type = t;
      o.c = ConstVal::of_string(s);
      return o;
    }
    if (u->kind == Kind::Interface || u->kind == Kind::Slice) {
      const Type* d = default_type(types_, x.type);
      if (!convert_const(x, d, false, "")) return fail();
    } else {
      return fail();
    }
  }
  const Type* v = x.type;
  if (v->is_untyped() && x.mode != Operand::Const) v = default_type(types_, v);
  const Type* vu = v->u();
  o.mode = Operand::Value;
  o.type = t;
  std::string reason;
  if (u->kind == Kind::Interface) {
    if (!assignable(x, t, &reason)) return fail();
    o.reg = value_to(x, t, "conversion");
    return o;
  }
  if (x.mode == Operand::Const && x.type->kind == Kind::UntypedNil) {
    if (u->kind == Kind::Pointer || u->kind == Kind::Slice || u->kind == Kind::Map || u->kind == Kind::Chan || u->kind == Kind::Func) {
      o.reg = reg();
      emit(Op::Zero, o.reg, -1);
      return o;
    }
    return fail();
  }
  int r = read(x);
  if (vu == u || (vu->kind == Kind::Pointer && u->kind == Kind::Pointer && vu->elem->u() == u->elem->u()) ||
      (vu->kind == Kind::UntypedBool && u->kind == Kind::Bool)) {
    if (t->value_boxed() && !x.fresh) {
      o.reg = reg();
      emit(Op::Clone, o.reg, r);
      o.fresh = true;
    } else {
      o.reg = r;
      o.fresh = x.fresh;
    }
    return o;
  }
  o.reg = reg();
  if (u->is_integer() && vu->is_integer()) {
    emit(Op::Wrap, o.reg, r, 0, static_cast<int>(u->kind));
    return o;
  }
  if (u->is_float() && vu->is_integer()) {
    emit(vu->is_unsigned() ? Op::UToF : Op::IToF, o.reg, r);
    if (u->kind == Kind::Float32) emit(Op::F32, o.reg, o.reg);
    return o;
  }
  if (u->is_integer() && vu->is_float()) {
    emit(u->is_unsigned() ? Op::FToU : Op::FToI, o.reg, r, 0, static_cast<int>(u->kind));
    return o;
  }
  if (u->is_float() && vu->is_float()) {
    emit(u->kind == Kind::Float32 ? Op::F32 : Op::Mov, o.reg, r);
    return o;
  }
  if (u->is_string() && vu->is_integer()) {
    emit(Op::RuneToStr, o.reg, r);
    return o;
  }
  if (u->is_string() && vu->kind == Kind::Slice && vu->elem->u()->kind == Kind::Uint8) {
    emit(Op::BytesToStr, o.reg, r);
    return o;
  }
  if (u->is_string() && vu->kind == Kind::Slice && vu->elem->u()->kind == Kind::Int32) {
    emit(Op::RunesToStr, o.reg, r);
    return o;
  }
  if (vu->is_string() && u->kind == Kind::Slice && u->elem->u()->kind == Kind::Uint8) {
    emit(Op::StrToBytes, o.reg, r);
    return o;
  }
  if (vu->is_string() && u->kind == Kind::Slice && u->elem->u()->kind == Kind::Int32) {
    emit(Op::StrToRunes, o.reg, r);
    return o;
  }
  return fail();
}

Operand Compiler::call_builtin(ast::Expr* e, int id) {
  Operand o;
  o.expr = e;
  std::string name = expr_string(e->x);
  auto& args = e->list;
  auto need = [&](size_t lo, size_t hi) {
    if (args.size() < lo) {
      error(e->rbrace, "not enough arguments for " + expr_string(e) + " (expected " + std::to_string(lo) + ", found " + std::to_string(args.size()) + ")");
      return false;
    }
    if (args.size() > hi) {
      error(args[hi]->pos, "too many arguments for " + expr_string(e) + " (expected " + std::to_string(hi) + ", found " + std::to_string(args.size()) + ")");
      return false;
    }
    return true;
  };
  const Type* int_t = types_.basic(Kind::Int);
  switch (id) {
    case BLen: case BCap: {
      if (!need(1, 1)) return o;
      Operand x = expr(args[0]);
      if (!x.ok()) return o;
      const Type* t = x.type->u();
      if (t->kind == Kind::Pointer && t->elem->u()->kind == Kind::Array) t = t->elem->u();
      if (x.mode == Operand::Const && x.c.k == ConstVal::String && id == BLen) {
        o.mode = Operand::Const;
        o.type = int_t;
        o.c = ConstVal::of_int(static_cast<int64_t>(x.c.s.size()));
        return o;
      }
      if (t->kind == Kind::Array) {
        o.mode = Operand::Const;
        o.type = int_t;
        o.c = ConstVal::of_int(t->len);
        read(x);
        return o;
      }
      int kind = t->kind == Kind::Slice ? 0 : t->is_string() ? 1 : t->kind == Kind::Map ? 2 : t->kind == Kind::Chan ? 3 : -1;
      if (kind < 0 || (id == BCap && (kind == 1 || kind == 2))) {
        error(args[0]->pos, "invalid argument: " + describe(x) + " for " + name);
        return o;
      }
      int r = read(x);
      o.mode = Operand::Value;
      o.type = int_t;
      o.reg = reg();
      emit(id == BLen ? Op::Len : Op::Cap, o.reg, r, 0, kind);
      return o;
    }
    case BAppend: {
      if (args.empty()) {
        error(e->rbrace, "not enough arguments for append() (expected 1, found 0)");
        return o;
      }
      Operand s = expr(args[0]);
      if (!s.ok()) return o;
      const Type* st = s.type;
      if (s.mode == Operand::Const && st->kind == Kind::UntypedNil) {
        error(args[0]->pos, "first argument to append must be a typed slice; have untyped nil");
        return o;
      }
      if (st->u()->kind != Kind::Slice) {
        error(args[0]->pos, "invalid argument: " + describe(s) + " (first argument to append must be a slice; have " + describe(s) + ")");
        return o;
      }
      int sr = read(s);
      o.mode = Operand::Value;
      o.type = st;
      o.reg = reg();
      if (e->ellipsis) {
        if (args.size() != 2) {
          error(e->pos, "can only use ... with final argument in list");
          return o;
        }
        Operand t = expr(args[1]);
        if (!t.ok()) return o;
        bool str = t.type->u()->is_string() && st->u()->elem->u()->kind == Kind::Uint8;
        int tr = str ? read(t) : value_to(t, types_.slice(st->u()->elem), "append");
        // x bit 1: the elements are structs or arrays, copied as values
        emit(Op::AppendSl, o.reg, sr, tr, (str ? 1 : 0) | (st->u()->elem->value_boxed() ? 2 : 0) |
                                              static_cast<int>(append_size_field(go_sizeof(st->u()->elem)) << 2));
        return o;
      }
      int n = static_cast<int>(args.size()) - 1;
      if (n == 0) {
        emit(Op::Mov, o.reg, sr);
        return o;
      }
      int first = regs(n);
      for (int i = 0; i < n; ++i) {
        Operand v = expr(args[i + 1], st->u()->elem);
        value_to(v, st->u()->elem, "argument to append", first + i);
      }
      emit(Op::Append, o.reg, sr, first, static_cast<int>(static_cast<uint32_t>(n) | (append_size_field(go_sizeof(st->u()->elem)) << 16) |
                                                          (st->u()->elem->value_boxed() ? kAppendValues : 0)));
      return o;
    }
    case BMake: {
      if (args.empty()) {
        error(e->rbrace, "not enough arguments for make() (expected 1, found 0)");
        return o;
      }
      const Type* t = resolve_type(args[0]);
      if (t->kind == Kind::Invalid) return o;
      const Type* u = t->u();
      o.mode = Operand::Value;
      o.type = t;
      o.reg = reg();
      auto int_arg = [&](ast::Expr* a, int dst) {
        Operand v = expr(a);
        if (!v.ok()) return false;
        if (v.mode == Operand::Const) {
          ConstVal out;
          if (!representable(v.c, int_t, &out)) {
            error(a->pos, "cannot convert " + describe(v) + " to type int");
            return false;
          }
          if (out.i < 0) {
            error(a->pos, "invalid argument: index " + expr_string(a) + " (constant of type int) must not be negative");
            return false;
          }
          const_to_reg(out, int_t, dst);
          return true;
        }
        if (!v.type->u()->is_integer()) {
          error(a->pos, "cannot convert " + describe(v) + " to type int");
          return false;
        }
        read(v, dst);
        return true;
      };
      if (u->kind == Kind::Slice) {
        if (args.size() < 2) {
          error(e->pos, "invalid operation: " + expr_string(e) + " expects 2 or 3 arguments; found " + std::to_string(args.size()));
          return o;
        }
        int lr = regs(2);
        if (!int_arg(args[1], lr)) return o;
        if (args.size() > 2 && !int_arg(args[2], lr + 1)) return o;
        emit(Op::MakeSlice, o.reg, type_index(t), lr, args.size() > 2 ? 1 : 0);
        return o;
      }
      if (u->kind == Kind::Map) {
        if (args.size() > 1) {
          int tmp = reg();
          if (!int_arg(args[1], tmp)) return o;
        }
        emit(Op::MakeMap, o.reg, type_index(t));
        return o;
      }
      if (u->kind == Kind::Chan) {
        int cr = -1;
        if (args.size() > 1) {
          cr = reg();
          if (!int_arg(args[1], cr)) return o;
        }
        emit(Op::MakeChan, o.reg, type_index(t), cr);
        return o;
      }
      error(args[0]->pos, "invalid argument: cannot make " + expr_string(args[0]) + "; type must be slice, map, or channel");
      return Operand{};
    }
    case BNew: {
      if (!need(1, 1)) return o;
      const Type* t = resolve_type(args[0]);
      o.mode = Operand::Value;
      o.type = types_.pointer(t);
      o.reg = reg();
      emit(Op::New, o.reg, type_index(t));
      o.fresh = true;
      return o;
    }
    case BDelete: {
      if (!need(2, 2)) return o;
      Operand m = expr(args[0]);
      if (!m.ok()) return o;
      if (m.type->u()->kind != Kind::Map) {
        error(args[0]->pos, "invalid argument: " + describe(m) + " is not a map");
        return o;
      }
      int mr = read(m);
      Operand k = expr(args[1], m.type->u()->key);
      int kr = value_to(k, m.type->u()->key, "argument to delete");
      emit(Op::MapDel, mr, kr);
      o.mode = Operand::NoValue;
      return o;
    }
    case BCopy: {
      if (!need(2, 2)) return o;
      Operand d = expr(args[0]);
      Operand s = expr(args[1]);
      if (!d.ok() || !s.ok()) return o;
      if (d.type->u()->kind != Kind::Slice) {
        error(e->pos, "invalid argument: copy expects slice arguments; found " + describe(d) + " and " + describe(s));
        return o;
      }
      bool str = s.type->u()->is_string();
      int dr = read(d), sr = read(s);
      o.mode = Operand::Value;
      o.type = int_t;
      o.reg = reg();
      emit(Op::Copy, o.reg, dr, sr, (str ? 1 : 0) | (d.type->u()->elem->value_boxed() ? 2 : 0));
      return o;
    }
    case BClose: {
      if (!need(1, 1)) return o;
      Operand c = expr(args[0]);
      if (!c.ok()) return o;
      if (c.type->u()->kind != Kind::Chan) {
        error(args[0]->pos, "invalid operation: non-chan argument " + describe(c) + " to close");  // go1.19 wording
        return o;
      }
      if (c.type->u()->dir == Dir::Recv) {
        error(args[0]->pos, "invalid operation: cannot close receive-only channel " + describe(c));
        return o;
      }
      emit(Op::Close, read(c));
      o.mode = Operand::NoValue;
      return o;
    }
    case BPanic: {
      if (!need(1, 1)) return o;
      Operand v = expr(args[0]);
      int r = value_to(v, types_.any_type(), "argument to panic");
      fs_->cur = e->pos;
      emit(Op::Panic, r);
      o.mode = Operand::NoValue;
      return o;
    }
    case BRecover: {
      if (!need(0, 0)) return o;
      o.mode = Operand::Value;
      o.type = types_.any_type();
      o.reg = reg();
      emit(Op::Recover, o.reg);
      return o;
    }
    case BPrint: case BPrintln: {
      int n = static_cast<int>(args.size());
      int base = regs(2);
      int first = regs(std::max(n, 1));
      for (int i = 0; i < n; ++i) {
        Operand v = expr(args[i]);
        value_to(v, types_.any_type(), "argument to " + name, first + i);
      }
      emit(Op::Zero, base, -1);
      if (n) emit(Op::Append, base, base, first, n);
      emit(Op::Call, base, builtin_native(id == BPrint ? "builtin.print" : "builtin.println"));
      o.mode = Operand::NoValue;
      return o;
    }
    case BMin: case BMax: case BClear:
      error(e->x->pos, "goroscope does not support " + name + " yet (it needs Go 1.21)");
      return o;
    default:
      error(e->x->pos, "goroscope does not support complex numbers yet");
      return o;
  }
}

int Compiler::builtin_native(const std::string& name) {
  auto it = builtin_funcs_.find(name);
  if (it != builtin_funcs_.end()) return it->second;
  int f = new_function(name);
  p_.funcs[f]->native = find_native(name, p_);
  p_.funcs[f]->sig = types_.func({types_.slice(types_.any_type())}, {}, true);
  p_.funcs[f]->nparams = 1;
  builtin_funcs_[name] = f;
  return f;
}

Operand Compiler::composite(ast::Expr* e, const Type* hint) {
  Operand o;
  o.expr = e;
  const Type* t = nullptr;
  bool make_ptr = false;
  if (e->type) {
    if (e->type->kind == ExprKind::ArrayType && e->type->ellipsis) {
      // [...]T{...}: the length is the number of elements (or the highest index + 1)
      const Type* elem = resolve_type(e->type->y);
      int64_t n = 0, i = 0;
      for (ast::Expr* el : e->list) {
        if (el->kind == ExprKind::KeyValue) {
          Operand k = expr(el->x);
          if (k.mode == Operand::Const && k.c.k == ConstVal::Int) i = static_cast<int64_t>(k.c.i);
        }
        n = std::max(n, ++i);
      }
      t = types_.array(elem, n);
    } else {
      t = resolve_type(e->type);
    }
  } else if (hint) {
    t = hint;
    if (t->kind == Kind::Pointer && !t->named()) {
      t = t->elem;
      make_ptr = true;
    }
  } else {
    error(e->pos, "invalid composite literal type: missing type");
    return o;
  }
  if (t->kind == Kind::Invalid) return o;
  ensure_type(t);
  const Type* u = t->u();
  int r = reg();
  o.mode = Operand::Value;
  o.type = t;
  o.reg = r;
  o.fresh = true;
  switch (u->kind) {
    case Kind::Struct: {
      emit(Op::Zero, r, type_index(t));
      bool keyed = !e->list.empty() && e->list[0]->kind == ExprKind::KeyValue;
      if (!keyed && !e->list.empty() && e->list.size() < u->fields.size()) {
        error(e->rbrace, "too few values in struct literal of type " + type_string(t));
        return Operand{};
      }
      for (size_t i = 0; i < e->list.size(); ++i) {
        ast::Expr* el = e->list[i];
        int field;
        ast::Expr* ve = el;
        if (keyed) {
          if (el->kind != ExprKind::KeyValue || el->x->kind != ExprKind::Ident) {
            error(el->pos, "mixture of field:value and value elements in struct literal");
            return Operand{};
          }
          field = -1;
          for (size_t f = 0; f < u->fields.size(); ++f)
            if (u->fields[f].name == el->x->name) field = static_cast<int>(f);
          if (field < 0) {
            error(el->x->pos, "unknown field " + el->x->name + " in struct literal of type " + type_string(t));
            return Operand{};
          }
          ve = el->y;
        } else {
          if (el->kind == ExprKind::KeyValue) {
            error(el->pos, "mixture of field:value and value elements in struct literal");
            return Operand{};
          }
          if (i >= u->fields.size()) {
            error(el->pos, "too many values in struct literal of type " + type_string(t));
            return Operand{};
          }
          field = static_cast<int>(i);
        }
        const Type* ft = u->fields[field].type;
        Operand v = expr(ve, ft);
        int vr = value_to(v, ft, "struct literal");
        emit(Op::SetField, r, field, vr);
      }
      break;
    }
    case Kind::Array: case Kind::Slice: {
      const Type* et = u->elem;
      std::vector<std::pair<int64_t, ast::Expr*>> items;
      int64_t i = 0, n = 0;
      for (ast::Expr* el : e->list) {
        ast::Expr* ve = el;
        if (el->kind == ExprKind::KeyValue) {
          Operand k = expr(el->x);
          if (k.mode != Operand::Const || k.c.k != ConstVal::Int) {
            error(el->x->pos, "index " + expr_string(el->x) + " must be integer constant");
            return Operand{};
          }
          i = static_cast<int64_t>(k.c.i);
          ve = el->y;
        }
        if (u->kind == Kind::Array && i >= u->len) {
          error(ve->pos, "index " + std::to_string(i) + " out of bounds [0:" + std::to_string(u->len) + "]");
          return Operand{};
        }
        items.push_back({i, ve});
        n = std::max(n, ++i);
      }
      if (u->kind == Kind::Array) {
        emit(Op::Zero, r, type_index(t));
      } else {
        int lr = regs(2);
        const_to_reg(ConstVal::of_int(n), types_.basic(Kind::Int), lr);
        emit(Op::MakeSlice, r, type_index(t), lr, 0);
      }
      int ir = reg();
      for (auto& [idx, ve] : items) {
        Operand v = expr(ve, et);
        int vr = value_to(v, et, u->kind == Kind::Array ? "array or slice literal" : "slice literal");
        emit(Op::Int, ir, static_cast<int>(idx));
        emit(Op::SetIndex, r, ir, vr, u->kind == Kind::Array ? 1 : 0);
      }
      break;
    }
    case Kind::Map: {
      emit(Op::MakeMap, r, type_index(t));
      for (ast::Expr* el : e->list) {
        if (el->kind != ExprKind::KeyValue) {
          error(el->pos, "missing key in map literal");
          return Operand{};
        }
        Operand k = expr(el->x, u->key);
        int kr = value_to(k, u->key, "map literal");
        Operand v = expr(el->y, u->elem);
        int vr = value_to(v, u->elem, "map literal");
        emit(Op::MapSet, r, kr, vr);
      }
      break;
    }
    default:
      error(e->pos, "invalid composite literal type " + type_string(t));
      return Operand{};
  }
  if (make_ptr) {
    o.type = types_.pointer(t);
    if (!t->value_boxed()) emit(Op::Box, r, r);
  }
  return o;
}

Operand Compiler::func_lit(ast::Expr* e) {
  Operand o;
  o.expr = e;
  FuncState* top = fs_->top ? fs_->top : fs_;
  std::string name = top->fn->name + ".func" + std::to_string(++top->closures);
  int index = new_function(name);
  FuncState child;
  child.parent = fs_;
  child.top = top;
  child.escaping = fs_->escaping;
  child.fn = p_.funcs[index].get();
  child.fn->decl = {e->pos.line, e->pos.col};
  const Type* sig = func_type(e->type, nullptr, nullptr, nullptr);
  child.fn->sig = sig;
  FuncState* saved = fs_;
  fs_ = &child;
  compile_body(e->type, e->body, sig, nullptr, nullptr);
  fs_ = saved;
  fs_->cur = e->pos;
  // Load what the closure captures, in its order.
  int n = static_cast<int>(child.captures.size());
  int first = regs(std::max(n, 1));
  for (int i = 0; i < n; ++i) {
    Entity* ent = child.captures[i];
    if (ent->owner == fs_) {
      emit(Op::Mov, first + i, ent->index);
    } else {
      int idx = -1;
      for (size_t j = 0; j < fs_->captures.size(); ++j)
        if (fs_->captures[j] == ent) idx = static_cast<int>(j);
      if (idx < 0) {
        fs_->captures.push_back(ent);
        idx = static_cast<int>(fs_->captures.size() - 1);
      }
      emit(Op::Captured, first + i, idx);
    }
  }
  o.mode = Operand::Value;
  o.type = sig;
  o.reg = reg();
  emit(Op::Closure, o.reg, index, first, n);
  return o;
}

Operand Compiler::type_assert(ast::Expr* e, bool comma_ok) {
  Operand o;
  o.expr = e;
  Operand x = expr(e->x);
  if (!x.ok()) return o;
  if (!e->y) {
    error(e->pos, "invalid syntax tree: use of .(type) outside type switch");
    return o;
  }
  if (x.type->kind != Kind::Interface || x.mode != Operand::Value) {
    error(e->x->pos, "invalid operation: " + describe(x) + " is not an interface");
    return o;
  }
  const Type* t = resolve_type(e->y);
  if (t->kind == Kind::Invalid) return o;
  if (t->kind != Kind::Interface) {
    bool wrong_ptr = false;
    std::string m = missing_method(t, x.type, &wrong_ptr);
    if (!m.empty()) {
      error(e->y->pos, "impossible type assertion: " + expr_string(e) + "\n\t" + type_string(t) + " does not implement " + type_string(x.type) + " (" + (wrong_ptr ? "method " + m + " has pointer receiver" : "missing method " + m) + ")");
      return o;
    }
  }
  int r = read(x);
  o.mode = comma_ok ? Operand::Multi : Operand::Value;
  o.type = comma_ok ? types_.tuple({t, types_.basic(Kind::Bool)}) : t;
  o.reg = regs(2);
  // x: bit 0 comma-ok, the rest the operand's static interface type (named in the panic)
  emit(Op::Assert, o.reg, r, type_index(t), (comma_ok ? 1 : 0) | (type_index(x.type) << 1));
  o.fresh = true;
  return o;
}

Operand Compiler::recv_expr(ast::Expr* e, bool comma_ok) {
  Operand o;
  o.expr = e;
  Operand c = expr(e->x);
  if (!c.ok()) return o;
  const Type* u = c.type->u();
  if (u->kind != Kind::Chan) {
    error(e->pos, "invalid operation: cannot receive from non-channel " + describe(c));
    return o;
  }
  if (u->dir == Dir::Send) {
    error(e->pos, "invalid operation: cannot receive from send-only channel " + describe(c));
    return o;
  }
  int r = read(c);
  o.mode = comma_ok ? Operand::Multi : Operand::Value;
  o.type = comma_ok ? types_.tuple({u->elem, types_.basic(Kind::Bool)}) : u->elem;
  o.reg = regs(2);
  fs_->cur = e->pos;
  emit(Op::Recv, o.reg, r, 0, comma_ok ? 1 : 0);
  o.fresh = true;
  return o;
}

Operand Compiler::map_index(ast::Expr* e, bool comma_ok) {
  Operand o;
  o.expr = e;
  Operand m = expr(e->x);
  if (!m.ok()) return o;
  const Type* u = m.type->u();
  int mr = read(m);
  Operand k = expr(e->list[0], u->key);
  int kr = value_to(k, u->key, "map index");
  o.mode = comma_ok ? Operand::Multi : Operand::Value;
  o.type = comma_ok ? types_.tuple({u->elem, types_.basic(Kind::Bool)}) : u->elem;
  o.reg = regs(2);
  emit(Op::MapGet, o.reg, mr, kr, comma_ok ? 1 : 0);
  return o;
}

Operand Compiler::index_expr(ast::Expr* e) {
  Operand o;
  o.expr = e;
  if (e->list.size() != 1) {
    error(e->pos, "goroscope does not support generics yet");
    return o;
  }
  Operand x = expr(e->x);
  if (!x.ok()) return o;
  if (x.mode == Operand::TypeExpr) {
    error(e->pos, "goroscope does not support generics yet");
    return o;
  }
  const Type* u = x.type->u();
  if (u->kind == Kind::Map) {
    // re-evaluating e->x is avoided: reuse the register
    Operand k = expr(e->list[0], u->key);
    int kr = value_to(k, u->key, "map index");
    o.mode = Operand::Value;
    o.type = u->elem;
    o.reg = regs(2);
    emit(Op::MapGet, o.reg, read(x), kr, 0);
    return o;
  }
  bool ptr_arr = u->kind == Kind::Pointer && u->elem->u()->kind == Kind::Array;
  const Type* cont = ptr_arr ? u->elem->u() : u;
  int kind;
  const Type* et;
  int64_t len = -1;
  if (cont->kind == Kind::Slice) kind = 0, et = cont->elem;
  else if (cont->kind == Kind::Array) kind = 1, et = cont->elem, len = cont->len;
  else if (cont->is_string()) kind = 2, et = types_.basic(Kind::Uint8);
  else {
    error(e->pos, "invalid operation: cannot index " + describe(x));
    return o;
  }
  Operand i = expr(e->list[0]);
  if (!i.ok()) return o;
  if (i.mode == Operand::Const) {
    ConstVal out;
    if (!representable(i.c, types_.basic(Kind::Int), &out)) {
      error(e->list[0]->pos, "invalid argument: index " + describe(i) + " must be integer");
      return o;
    }
    if (out.i < 0) {
      error(e->list[0]->pos, "invalid argument: index " + expr_string(e->list[0]) + " (constant of type int) must not be negative");
      return o;
    }
    if (len >= 0 && out.i >= len) {
      error(e->list[0]->pos, "invalid argument: index " + out.str() + " out of bounds [0:" + std::to_string(len) + "]");
      return o;
    }
    if (x.mode == Operand::Const && x.c.k == ConstVal::String) {
      if (out.i >= static_cast<__int128>(x.c.s.size())) {
        error(e->list[0]->pos, "invalid argument: index " + out.str() + " out of bounds [0:" + std::to_string(x.c.s.size()) + "]");
        return o;
      }
      o.mode = Operand::Const;
      o.type = types_.basic(Kind::Uint8);
      o.c = ConstVal::of_int(static_cast<unsigned char>(x.c.s[static_cast<size_t>(out.i)]));
      return o;
    }
    i.c = out;
    i.type = types_.basic(Kind::Int);
  } else if (!i.type->u()->is_integer()) {
    error(e->list[0]->pos, "invalid argument: index " + describe(i) + " must be integer");
    return o;
  }
  int xr = read(x);
  int ir = read(i);
  o.mode = Operand::Value;
  o.type = et;
  o.variable = true;
  o.reg = reg();
  emit(Op::Index, o.reg, xr, ir, kind);
  return o;
}

Operand Compiler::slice_expr(ast::Expr* e) {
  Operand o;
  o.expr = e;
  Operand x = expr(e->x);
  if (!x.ok()) return o;
  const Type* u = x.type->u();
  int flags = 0;
  const Type* rt = x.type;
  if (u->is_string()) {
    flags |= 8;
    if (e->three) {
      error(e->pos, "invalid operation: 3-index slice of string");
      return o;
    }
    if (x.type->is_untyped()) rt = types_.basic(Kind::String);
  } else if (u->kind == Kind::Array || (u->kind == Kind::Pointer && u->elem->u()->kind == Kind::Array)) {
    flags |= 16;
    rt = types_.slice(u->kind == Kind::Array ? u->elem : u->elem->u()->elem);
  } else if (u->kind != Kind::Slice) {
    error(e->pos, "cannot slice " + describe(x));
    return o;
  }
  int xr = read(x);
  int b = regs(3);
  for (int k = 0; k < 3; ++k) {
    if (static_cast<int>(e->list.size()) > k && e->list[k]) {
      Operand v = expr(e->list[k]);
      if (!v.ok()) return o;
      if (v.mode == Operand::Const) {
        ConstVal out;
        if (!representable(v.c, types_.basic(Kind::Int), &out) || out.i < 0) {
          error(e->list[k]->pos, "invalid argument: index " + expr_string(e->list[k]) + " (constant of type int) must not be negative");
          return o;
        }
      } else if (!v.type->u()->is_integer()) {
        error(e->list[k]->pos, "invalid argument: index " + describe(v) + " must be integer");
        return o;
      }
      read(v, b + k);
      flags |= 1 << k;
    }
  }
  o.mode = Operand::Value;
  o.type = rt;
  o.reg = reg();
  emit(Op::Slice, o.reg, xr, b, flags);
  return o;
}

}  // namespace goro::vm
