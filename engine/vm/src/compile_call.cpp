// Calls, builtins, conversions, composite literals, closures, indexing and assertions.
#include <cmath>
#include <set>

#include "compiler_class.h"
#include "layout.h"
#include "natives.h"
#include "goro/lang/scanner.h"

namespace goro::vm {

using ast::ExprKind;

namespace {
std::string have_list(Compiler& c, std::vector<Operand>& args) {
  std::vector<const Type*> ts;
  for (Operand& a : args) {
    if (a.mode == Operand::Multi) ts.insert(ts.end(), a.type->results.begin(), a.type->results.end());
    else ts.push_back(a.type);
  }
  return c.types_summary(ts, false);
}
std::string want_list(Compiler& c, const Type* sig) { return c.types_summary(sig->params, sig->variadic); }
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
  // types2's exprList and arguments: f(g()) with a multi-value g spreads its results.
  std::vector<const Type*> hints;
  for (size_t i = 0; i < e->list.size(); ++i) {
    const Type* hint = i < np ? sig->params[i] : nullptr;
    if (sig->variadic && np && i + 1 >= np && !e->ellipsis) hint = sig->params[np - 1]->elem;
    hints.push_back(hint);
  }
  std::vector<Operand> args;
  if (!rhs_values(e->list, 0, hints, &args)) return o;
  size_t n = args.size();
  bool spread = e->ellipsis;
  size_t npars = np;
  if (sig->variadic) {
    if (spread) {
      if (e->list.size() == 1 && n > 1) {
        error(start_pos(e), "cannot use ... with " + std::to_string(n) + "-valued " + expr_string(e->list[0]));
        return o;
      }
    } else if (n + 1 >= np) {
      npars = n;
    } else {
      --npars;  // for the message
    }
  } else if (spread) {
    error(start_pos(e), "cannot use ... in call to non-variadic " + fname);
    return o;
  }
  if (n != npars) {
    lang::Pos at = start_pos(e);
    bool few = n < npars;
    if (!few) at = start_pos(args[npars].expr);
    else if (n > 0) at = start_pos(args[n - 1].expr);
    error(at, std::string(few ? "not enough" : "too many") + " arguments in call to " + fname + "\n\thave " + have_list(*this, args) + "\n\twant " + want_list(*this, sig));
    return o;
  }
  size_t fixed = sig->variadic ? np - 1 : np;
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
    o.type = types_.tuple(sig->results, sig->result_names);
    o.reg = base;
  }
  return o;
}

Compiler::CallKind Compiler::builtin_kind(int id) {
  // types2's predeclaredFuncs: which builtins may stand as statements
  switch (id) {
    case BClose: case BCopy: case BDelete: case BPanic: case BPrint: case BPrintln: case BRecover: case BClear:
      return CallKind::Statement;
    default: return CallKind::Expression;
  }
}

Operand Compiler::call(ast::Expr* e, int want_results) {
  // call_kind_ tells what this call was once it returns (nested calls set it too).
  Operand o = call_impl(e, want_results, &call_kind_);
  return o;
}

Operand Compiler::call_impl(ast::Expr* e, int want_results, CallKind* kind_out) {
  CallKind kind = CallKind::Statement;
  struct SetKind {
    CallKind& k;
    CallKind* out;
    ~SetKind() { *out = k; }
  } set_kind{kind, kind_out};
  Operand o;
  o.expr = e;
  ast::Expr* fe = e->x;
  while (fe->kind == ExprKind::Paren) fe = fe->x;
  // Builtins and conversions.
  if (fe->kind == ExprKind::Ident) {
    Entity* ent = lookup(fe->name);
    if (ent && ent->k == Entity::Builtin) {
      kind = builtin_kind(ent->index);
      Operand r = call_builtin(e, ent->index);
      return r;
    }
    if (ent && ent->k == Entity::Func) {
      add_func_dep(ent->index);
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
      if (!x.ok()) {
        for (ast::Expr* a : e->list) expr(a);  // types2 still uses the arguments
        return o;
      }
      if (x.mode == Operand::Value || x.mode == Operand::Const) {
        Operand xs = x;
        if (xs.mode == Operand::Const && !xs.is_nil) xs.type = default_type(types_, x.type);
        Selection sel = select(fe, xs, x.variable);
        if (sel.kind == Selection::None) {
          for (ast::Expr* a : e->list) expr(a);  // the arguments are still checked
          return o;
        }
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
          add_func_dep(c.func);
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
  if (!f.ok()) {
    for (ast::Expr* a : e->list) expr(a);  // types2 still uses the arguments: x in undefinedFn(x) is used
    return o;
  }
  if (f.mode == Operand::TypeExpr) {
    if (e->list.size() != 1) {
      if (e->list.empty()) error(e->rbrace, "missing argument in conversion to " + tstr(f.type));
      else {
        for (ast::Expr* a : e->list) expr(a);  // used, as types2 does, before the complaint
        error(e->list[1]->pos, "too many arguments in conversion to " + tstr(f.type));
      }
      return o;
    }
    kind = CallKind::Conversion;
    return conversion(e, f.type);
  }
  if (f.mode == Operand::Builtin) {
    kind = builtin_kind(f.builtin);
    return call_builtin(e, f.builtin);
  }
  if (f.mode != Operand::Value || f.type->u()->kind != Kind::Func) {
    error(start_pos(f.expr), "invalid operation: cannot call non-function " + describe(f));
    return o;
  }
  Callee c;
  c.k = Callee::Value;
  c.reg = read(f);
  c.sig = f.type->u();
  return emit_call(e, c, nullptr, nullptr);
}

namespace {
bool integer_or_float(const Type* u) { return u->is_integer() || u->is_float(); }
bool bytes_or_runes(const Type* u) {
  return u->kind == Kind::Slice && (u->elem->u()->kind == Kind::Uint8 || u->elem->u()->kind == Kind::Int32);
}
bool const_type(const Type* u) { return u->kind >= Kind::Bool && u->kind <= Kind::String; }
}  // namespace

bool Compiler::convertible(const Operand& x, const Type* t, std::string* cause) {
  // types2's convertibleTo (without type parameters and unsafe).
  if (assignable(x, t, cause)) return true;
  const Type* v = x.type;
  const Type* vu = v->u();
  const Type* tu = t->u();
  // identical underlying types, ignoring struct tags
  auto same = [&](const Type* a, const Type* b) { return identical(types_.without_tags(a), types_.without_tags(b)); };
  if (same(vu, tu)) return true;
  if (v->kind == Kind::Pointer && !v->named() && t->kind == Kind::Pointer && !t->named() && same(v->elem->u(), t->elem->u()))
    return true;
  if (integer_or_float(vu) && integer_or_float(tu)) return true;
  if ((vu->is_integer() || bytes_or_runes(vu)) && tu->is_string()) return true;
  if (vu->is_string() && bytes_or_runes(tu)) return true;
  return false;
}

Operand Compiler::conversion(ast::Expr* e, const Type* t) {
  // types2's conversion: T(x).
  Operand o;
  o.expr = e;
  Operand x = expr(e->list[0], t);
  if (!exclude(x)) return o;
  if (e->ellipsis) {
    error(start_pos(e->list[0]), "invalid use of ... in type conversion to " + tstr(t));
    return o;
  }
  const Type* u = t->u();
  bool const_arg = x.mode == Operand::Const && !x.is_nil;
  bool ok = false;
  std::string cause;
  if (const_arg && const_type(u)) {
    ConstVal v = x.c;
    if (representable(x.c, u, &v)) {
      ok = true;
    } else if (x.type->is_integer() && u->is_string()) {
      // string(65): the character with that code point (U+FFFD when there is none)
      std::string str;
      ConstVal iv = x.c.to_int();
      int64_t r = -1;
      if (!iv.i.fits_u64() || !iv.int64(&r) || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) r = 0xFFFD;
      append_utf8(str, static_cast<char32_t>(r));
      v = ConstVal::of_string(str);
      ok = true;
    }
    x.c = v;  // as types2 prints it: rounded to an integer even when it does not fit
  } else if (convertible(x, t, &cause)) {
    ok = true;
  } else if (x.type->u()->kind == Kind::Slice && u->kind == Kind::Pointer && u->elem->u()->kind == Kind::Array &&
             identical(x.type->u()->elem, u->elem->u()->elem)) {
    // Go 1.17's (*[N]T)(s) aliases the slice's array: goroscope's pointers cannot point into one
    error(start_pos(e), "goroscope does not support converting a slice to an array pointer yet");
    return o;
  }
  if (!ok) {
    std::string msg = "cannot convert " + describe(x) + " to type " + tstr(t);
    if (!cause.empty()) msg += ":\n\t" + cause;
    error(start_pos(x.expr), msg);
    return o;
  }
  if (const_arg && const_type(u)) {
    o.mode = Operand::Const;
    o.type = t;
    o.c = x.c;
    return o;
  }
  // Untyped arguments take their default type (for interfaces and non-constant types).
  if (x.type->is_untyped() && !x.is_nil) {
    if (!convert_untyped(x, u->kind == Kind::Interface || const_arg ? default_type(types_, x.type) : t)) return o;
  }
  o.mode = Operand::Value;
  o.type = t;
  if (u->kind == Kind::Interface) {
    o.reg = value_to(x, t, "conversion");
    return o;
  }
  if (x.is_nil) {
    o.reg = reg();
    emit(Op::Zero, o.reg, -1);
    return o;
  }
  const Type* vu = x.type->u();
  int r = read(x);
  if (identical(types_.without_tags(vu), types_.without_tags(u)) || (vu->kind == Kind::Pointer && u->kind == Kind::Pointer) || (vu->kind == Kind::UntypedBool && u->kind == Kind::Bool)) {
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
  } else if (u->is_float() && vu->is_integer()) {
    emit(vu->is_unsigned() ? Op::UToF : Op::IToF, o.reg, r);
    if (u->kind == Kind::Float32) emit(Op::F32, o.reg, o.reg);
  } else if (u->is_integer() && vu->is_float()) {
    emit(u->is_unsigned() ? Op::FToU : Op::FToI, o.reg, r, 0, static_cast<int>(u->kind));
  } else if (u->is_float() && vu->is_float()) {
    emit(u->kind == Kind::Float32 ? Op::F32 : Op::Mov, o.reg, r);
  } else if (u->is_string() && vu->is_integer()) {
    emit(Op::RuneToStr, o.reg, r);
  } else if (u->is_string() && vu->kind == Kind::Slice && vu->elem->u()->kind == Kind::Uint8) {
    emit(Op::BytesToStr, o.reg, r);
  } else if (u->is_string() && vu->kind == Kind::Slice) {
    emit(Op::RunesToStr, o.reg, r);
  } else if (vu->is_string() && u->elem->u()->kind == Kind::Uint8) {
    emit(Op::StrToBytes, o.reg, r);
  } else {
    emit(Op::StrToRunes, o.reg, r);
  }
  return o;
}

namespace {
struct BuiltinInfo {
  const char* name;
  size_t nargs;
  bool variadic;
};
// types2's predeclaredFuncs, in BuiltinId order
const BuiltinInfo kBuiltins[] = {
    {"append", 1, true}, {"cap", 1, false},    {"close", 1, false}, {"copy", 2, false},    {"delete", 2, false},
    {"len", 1, false},   {"make", 1, true},    {"new", 1, false},   {"panic", 1, false},   {"print", 0, true},
    {"println", 0, true}, {"recover", 0, false}, {"complex", 2, false}, {"real", 1, false}, {"imag", 1, false}};

bool has_call_or_recv(ast::Expr* e) {
  bool found = false;
  walk_expr(e, [&](ast::Expr* x) {
    if (x->kind == ast::ExprKind::Call || (x->kind == ast::ExprKind::Unary && x->op == Tok::Arrow)) found = true;
  });
  return found;
}
}  // namespace

Operand Compiler::call_builtin(ast::Expr* e, int id) {
  // types2's builtin: evaluate the arguments (make and new take a type first), count them,
  // then check each builtin's rule.
  Operand o;
  o.expr = e;
  const BuiltinInfo& bin = kBuiltins[id];
  std::string name = bin.name;
  auto& args = e->list;
  if (id == BComplex || id == BReal || id == BImag) {
    error(start_pos(e), "goroscope does not support complex numbers yet");
    return o;
  }
  if (e->ellipsis && id != BAppend) {
    error(start_pos(e), "invalid operation: invalid use of ... with built-in " + name);
    for (ast::Expr* a : args) expr(a);
    return o;
  }
  std::vector<Operand> xs;
  size_t nargs = args.size();
  if (id != BMake && id != BNew) {
    std::vector<const Type*> hints;
    if (!rhs_values(args, 0, hints, &xs) && (xs.empty() || !xs[0].ok())) return o;
    nargs = xs.size();
  }
  if (nargs < bin.nargs || (!bin.variadic && nargs > bin.nargs)) {
    error(start_pos(e), std::string("invalid operation: ") + (nargs < bin.nargs ? "not enough" : "too many") + " arguments for " +
                            expr_string(e) + " (expected " + std::to_string(bin.nargs) + ", found " + std::to_string(nargs) + ")");
    return o;
  }
  for (Operand& x : xs)
    if (!x.ok()) return o;
  const Type* int_t = types_.basic(Kind::Int);
  switch (id) {
    case BAppend: {
      Operand& s = xs[0];
      const Type* st = s.type;
      if (st->u()->kind != Kind::Slice) {
        error(start_pos(s.expr), "first argument to append must be a slice; " + (s.is_nil ? std::string("have untyped nil") : "have " + describe(s)));
        return o;
      }
      const Type* elem = st->u()->elem;
      // Op::Append/AppendSl's x carries Go's element size (its growth rounds to size classes) and
      // whether elements are structs or arrays, copied as values (see bytecode.h)
      uint32_t size_field = append_size_field(go_sizeof(elem));
      bool values = elem->value_boxed();
      int sr = read(s);
      o.mode = Operand::Value;
      o.type = st;
      o.reg = reg();
      if (e->ellipsis) {
        // append(s, t...) with t a []T, or a string when s is a []byte
        if (nargs == 2 && xs[1].type->u()->is_string() && elem->u()->kind == Kind::Uint8) {
          int tr = read(xs[1]);
          emit(Op::AppendSl, o.reg, sr, tr, static_cast<int>(1 | (size_field << 2)));
          return o;
        }
        if (nargs != 2) {
          std::vector<const Type*> have;
          for (auto& x : xs) have.push_back(x.type);
          error(nargs < 2 ? start_pos(xs.back().expr) : start_pos(xs[2].expr),
                std::string(nargs < 2 ? "not enough" : "too many") + " arguments in call to append\n\thave " + types_summary(have, false) +
                    "\n\twant " + types_summary({st, types_.slice(elem)}, true));
          return Operand{};
        }
        int tr = value_to(xs[1], types_.slice(elem), "argument to append");
        if (!xs[1].ok()) return Operand{};
        emit(Op::AppendSl, o.reg, sr, tr, static_cast<int>((values ? 2 : 0) | (size_field << 2)));
        return o;
      }
      size_t n = nargs - 1;
      if (n == 0) {
        emit(Op::Mov, o.reg, sr);
        return o;
      }
      int first = regs(static_cast<int>(n));
      bool ok = true;
      for (size_t i = 0; i < n; ++i) {
        value_to(xs[i + 1], elem, "argument to append", first + static_cast<int>(i));
        ok = ok && xs[i + 1].ok();
      }
      if (!ok) return Operand{};
      emit(Op::Append, o.reg, sr, first, static_cast<int>(static_cast<uint32_t>(n) | (size_field << 16) | (values ? kAppendValues : 0)));
      return o;
    }
    case BLen: case BCap: {
      Operand& x = xs[0];
      const Type* t = x.type->u();
      if (t->kind == Kind::Pointer && t->elem->u()->kind == Kind::Array) t = t->elem->u();
      if (x.mode == Operand::Const && x.c.k == ConstVal::String && id == BLen) {
        o.mode = Operand::Const;
        o.type = int_t;
        o.c = ConstVal::of_int(static_cast<int64_t>(x.c.s.size()));
        return o;
      }
      if (t->kind == Kind::Array && !has_call_or_recv(args[0])) {
        // constant, and the operand is not evaluated
        o.mode = Operand::Const;
        o.type = int_t;
        o.c = ConstVal::of_int(t->len);
        return o;
      }
      int kind = t->kind == Kind::Slice ? 0 : t->is_string() ? 1 : t->kind == Kind::Map ? 2 : t->kind == Kind::Chan ? 3 : t->kind == Kind::Array ? 4 : -1;
      if (kind < 0 || (id == BCap && (kind == 1 || kind == 2))) {
        if (t->kind != Kind::Invalid) error(start_pos(x.expr), "invalid argument: " + describe(x) + " for " + name);
        return o;
      }
      int r = read(x);
      o.mode = Operand::Value;
      o.type = int_t;
      o.reg = reg();
      if (kind == 4) const_to_reg(ConstVal::of_int(t->len), int_t, o.reg);
      else emit(id == BLen ? Op::Len : Op::Cap, o.reg, r, 0, kind);
      return o;
    }
    case BClose: {
      Operand& c = xs[0];
      if (c.type->u()->kind != Kind::Chan) {
        error(start_pos(c.expr), "invalid operation: cannot close non-channel " + describe(c));
        return o;
      }
      if (c.type->u()->dir == Dir::Recv) {
        error(start_pos(c.expr), "invalid operation: cannot close receive-only channel " + describe(c));
        return o;
      }
      emit(Op::Close, read(c));
      o.mode = Operand::NoValue;
      return o;
    }
    case BCopy: {
      Operand& d = xs[0];
      Operand& src = xs[1];
      const Type* dst = d.type->u()->kind == Kind::Slice ? d.type->u() : nullptr;
      const Type* st = src.type->u()->is_string() ? types_.slice(types_.byte_type()) : src.type->u()->kind == Kind::Slice ? src.type->u() : nullptr;
      if (!dst || !st) {
        error(start_pos(d.expr), "invalid argument: copy expects slice arguments; found " + describe(d) + " and " + describe(src));
        return o;
      }
      if (!identical(dst->elem, st->elem)) {
        error(start_pos(d.expr), "invalid argument: arguments to copy " + describe(d) + " and " + describe(src) + " have different element types " + tstr(dst->elem) + " and " + tstr(st->elem));
        return o;
      }
      bool str = src.type->u()->is_string();
      if (src.mode == Operand::Const) convert_untyped(src, types_.basic(Kind::String));
      int dr = read(d), sr = read(src);
      o.mode = Operand::Value;
      o.type = int_t;
      o.reg = reg();
      emit(Op::Copy, o.reg, dr, sr, (str ? 1 : 0) | (dst->elem->value_boxed() ? 2 : 0));
      return o;
    }
    case BDelete: {
      Operand& m = xs[0];
      if (m.type->u()->kind != Kind::Map) {
        error(start_pos(m.expr), "invalid argument: " + describe(m) + " is not a map");
        return o;
      }
      int mr = read(m);
      int kr = value_to(xs[1], m.type->u()->key, "argument to delete");
      if (!xs[1].ok()) return o;
      emit(Op::MapDel, mr, kr);
      o.mode = Operand::NoValue;
      return o;
    }
    case BMake: {
      const Type* t = resolve_type(args[0]);
      if (t->kind == Kind::Invalid) return o;
      const Type* u = t->u();
      size_t min = u->kind == Kind::Slice ? 2 : (u->kind == Kind::Map || u->kind == Kind::Chan) ? 1 : 0;
      if (min == 0) {
        error(start_pos(args[0]), "invalid argument: cannot make " + expr_string(args[0]) + "; type must be slice, map, or channel");
        return o;
      }
      if (nargs < min || min + 1 < nargs) {
        error(start_pos(e), "invalid operation: " + expr_string(e) + " expects " + std::to_string(min) + " or " + std::to_string(min + 1) + " arguments; found " + std::to_string(nargs));
        return o;
      }
      int sz = regs(2);
      std::vector<int64_t> sizes;
      bool ok = true;
      for (size_t i = 1; i < nargs; ++i) {
        int64_t v;
        Operand n = check_index(args[i], -1, &v);
        if (!n.ok()) {
          ok = false;
          continue;
        }
        if (v >= 0) sizes.push_back(v);
        read(n, sz + static_cast<int>(i - 1));
      }
      if (!ok) return o;
      if (sizes.size() == 2 && sizes[0] > sizes[1]) {
        error(start_pos(args[1]), "invalid argument: length and capacity swapped");
        return o;
      }
      o.mode = Operand::Value;
      o.type = t;
      o.reg = reg();
      if (u->kind == Kind::Slice) emit(Op::MakeSlice, o.reg, type_index(t), sz, nargs > 2 ? 1 : 0);
      else if (u->kind == Kind::Map) emit(Op::MakeMap, o.reg, type_index(t));
      else emit(Op::MakeChan, o.reg, type_index(t), nargs > 1 ? sz : -1);
      return o;
    }
    case BNew: {
      const Type* t = resolve_type(args[0]);
      if (t->kind == Kind::Invalid) return o;
      o.mode = Operand::Value;
      o.type = types_.pointer(t);
      o.reg = reg();
      emit(Op::New, o.reg, type_index(t));
      o.fresh = true;
      return o;
    }
    case BPanic: {
      int r = value_to(xs[0], types_.any_type(), "argument to panic");
      if (!xs[0].ok()) return o;
      fs_->cur = e->pos;
      emit(Op::Panic, r);
      o.mode = Operand::NoValue;
      return o;
    }
    case BRecover:
      o.mode = Operand::Value;
      o.type = types_.any_type();
      o.reg = reg();
      emit(Op::Recover, o.reg);
      return o;
    case BPrint: case BPrintln: {
      int n = static_cast<int>(nargs);
      int base = regs(2);
      int first = regs(std::max(n, 1));
      int64_t ifaces = 0;  // arguments of interface type: printed as (type,data) words
      for (int i = 0; i < n; ++i) {
        if (!assignment(xs[i], nullptr, "argument to " + name)) return o;
        if (i < 31 && xs[i].type && xs[i].type->u()->kind == Kind::Interface) ifaces |= int64_t{1} << i;
        value_to(xs[i], types_.any_type(), "argument to " + name, first + i);
      }
      emit(Op::Zero, base, -1);
      if (n) emit(Op::Append, base, base, first, n);
      emit(Op::Int, base + 1, static_cast<int>(ifaces));
      emit(Op::Call, base, builtin_native(id == BPrint ? "builtin.print" : "builtin.println"));
      o.mode = Operand::NoValue;
      return o;
    }
    default:
      error(start_pos(e), "goroscope does not support complex numbers yet");
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

bool Compiler::literal_indices(ast::Expr* lit, int64_t length, std::vector<std::pair<int64_t, ast::Expr*>>* items, int64_t* max) {
  // types2's indexedElts: keys are constant indices; each element takes the next index.
  std::set<int64_t> seen;
  int64_t index = 0;
  *max = 0;
  for (ast::Expr* el : lit->list) {
    bool valid = false;
    ast::Expr* value = el;
    if (el->kind == ExprKind::KeyValue) {
      int64_t i;
      Operand k = check_index(el->x, length, &i);
      if (k.ok()) {
        if (i >= 0) {
          index = i;
          valid = true;
        } else {
          error(el->pos, "index " + expr_string(el->x) + " must be integer constant");
        }
      }
      value = el->y;
    } else if (length >= 0 && index >= length) {
      error(start_pos(el), "index " + std::to_string(index) + " is out of bounds (>= " + std::to_string(length) + ")");
    } else {
      valid = true;
    }
    if (valid) {
      if (!seen.insert(index).second) error(el->kind == ExprKind::KeyValue ? el->pos : start_pos(el), "duplicate index " + std::to_string(index) + " in array or slice literal");
      items->push_back({index, value});
    }
    ++index;
    *max = std::max(*max, index);
  }
  return true;
}

Operand Compiler::composite(ast::Expr* e, const Type* hint) {
  Operand o;
  o.expr = e;
  const Type* t = nullptr;
  bool make_ptr = false;
  std::vector<std::pair<int64_t, ast::Expr*>> items;
  bool indices_done = false;
  if (e->type) {
    if (e->type->kind == ExprKind::ArrayType && e->type->ellipsis) {
      // [...]T{...}: the length is the highest index + 1
      const Type* elem = resolve_type(e->type->y);
      int64_t n = 0;
      if (!literal_indices(e, -1, &items, &n)) return o;
      indices_done = true;
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
      // types2: all elements keyed or none; a value is checked before its key
      emit(Op::Zero, r, type_index(t));
      if (e->list.empty()) break;
      bool keyed = e->list[0]->kind == ExprKind::KeyValue;
      bool ok = true;
      std::vector<bool> seen(u->fields.size(), false);
      // Another package's unexported fields cannot be named, nor given by position; the fields
      // goroscope's own packages add for the runtime (handles) are not Go's and not counted.
      bool foreign = foreign_type(t);
      auto hidden = [&](const Field& f) { return foreign && !std::isupper(static_cast<unsigned char>(f.name[0])); };
      std::vector<int> positional;
      for (size_t f = 0; f < u->fields.size(); ++f)
        if (!(foreign && u->fields[f].type->kind == Kind::Handle)) positional.push_back(static_cast<int>(f));
      auto value = [&](ast::Expr* ve, const Type* ft) {
        // field values take no type from the literal: T{f: {…}} needs the inner type
        if (ve->kind == ExprKind::CompositeLit && !ve->type) {
          error(start_pos(ve), "missing type in composite literal");
          return Operand{};
        }
        return expr(ve, ft);
      };
      for (size_t i = 0; i < e->list.size(); ++i) {
        ast::Expr* el = e->list[i];
        if (keyed) {
          if (el->kind != ExprKind::KeyValue) {
            error(start_pos(el), "mixture of field:value and value elements in struct literal");
            ok = false;
            continue;
          }
          int field = -1;
          if (el->x->kind == ExprKind::Ident)
            for (size_t f = 0; f < u->fields.size(); ++f)
              if (u->fields[f].name == el->x->name && !hidden(u->fields[f])) field = static_cast<int>(f);
          Operand v = value(el->y, field >= 0 ? u->fields[field].type : nullptr);
          if (el->x->kind != ExprKind::Ident) {
            error(el->pos, "invalid field name " + expr_string(el->x) + " in struct literal");
            ok = false;
            continue;
          }
          if (field < 0) {
            error(el->x->pos, "unknown field '" + el->x->name + "' in struct literal of type " + tstr(t));
            ok = false;
            continue;
          }
          int vr = value_to(v, u->fields[field].type, "struct literal");
          if (!v.ok()) ok = false;
          if (seen[field]) {
            error(el->pos, "duplicate field name " + el->x->name + " in struct literal");
            ok = false;
            continue;
          }
          seen[field] = true;
          emit(Op::SetField, r, field, vr);
        } else {
          if (el->kind == ExprKind::KeyValue) {
            error(el->pos, "mixture of field:value and value elements in struct literal");
            ok = false;
            continue;
          }
          int field = i < positional.size() ? positional[i] : -1;
          Operand v = value(el, field >= 0 && !hidden(u->fields[field]) ? u->fields[field].type : nullptr);
          if (field < 0) {
            if (v.ok()) error(start_pos(el), "too many values in " + tstr(t) + "{…}");
            ok = false;
            break;
          }
          if (hidden(u->fields[field])) {
            error(start_pos(el), "implicit assignment to unexported field " + u->fields[field].name + " in " + tstr(t) + " literal");
            ok = false;
            continue;
          }
          int vr = value_to(v, u->fields[field].type, "struct literal");
          if (!v.ok()) ok = false;
          emit(Op::SetField, r, field, vr);
        }
      }
      if (!keyed && e->list.size() < positional.size()) {
        error(e->rbrace, "too few values in " + tstr(t) + "{…}");
        ok = false;
      }
      (void)ok;  // element errors leave the literal valid (types2)
      break;
    }
    case Kind::Array: case Kind::Slice: {
      const Type* et = u->elem;
      int64_t n = 0;
      if (!indices_done && !literal_indices(e, u->kind == Kind::Array ? u->len : -1, &items, &n)) return Operand{};
      if (indices_done) n = u->len;
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
        int vr = value_to(v, et, "array or slice literal");
        emit(Op::Int, ir, static_cast<int>(idx));
        emit(Op::SetIndex, r, ir, vr, u->kind == Kind::Array ? 1 : 0);
      }
      break;
    }
    case Kind::Map: {
      emit(Op::MakeMap, r, type_index(t));
      // constant keys must differ (for an interface key type: in value or type)
      std::vector<std::pair<std::string, const Type*>> keys;
      bool key_iface = u->key->u()->kind == Kind::Interface;
      for (ast::Expr* el : e->list) {
        if (el->kind != ExprKind::KeyValue) {
          error(start_pos(el), "missing key in map literal");
          continue;
        }
        Operand k = expr(el->x, u->key);
        int kr = value_to(k, u->key, "map literal");
        if (!k.ok()) continue;
        if (k.mode == Operand::Const && !k.is_nil) {
          std::string key = const_key(k.c);
          bool dup = false;
          for (auto& [kk, kt] : keys) dup |= kk == key && (!key_iface || identical(kt, k.type));
          if (dup) {
            error(start_pos(el->x), "duplicate key " + k.c.str() + " in map literal");
            continue;
          }
          keys.push_back({key, k.type});
        }
        Operand v = expr(el->y, u->elem);
        int vr = value_to(v, u->elem, "map literal");
        emit(Op::MapSet, r, kr, vr);
      }
      break;
    }
    default:
      error(e->pos, "invalid composite literal type " + tstr(t));
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
  // Go's names: main.main.func1 for a literal in a declared function, main.main.func1.2 for the
  // second literal inside that one.
  std::string name = fs_->fn->name + (fs_->top ? "." : ".func") + std::to_string(++fs_->closures);
  int index = new_function(name);
  FuncState child;
  child.parent = fs_;
  child.top = top;
  child.escaping = fs_->escaping;
  child.fn = p_.funcs[index].get();
  child.fn->decl = {e->pos.line, e->pos.col};
  child.fn->file = fs_->fn->file;  // the enclosing function's file, not the package compiled last
  const Type* sig = func_type(e->type, nullptr, nullptr, nullptr);
  child.fn->sig = sig;
  FuncState* saved = fs_;
  fs_ = &child;
  size_t body_errors = diags_.size();
  compile_body(e->type, e->body, sig, nullptr, nullptr);
  delayed_.push_back(diags_.take_from(body_errors));  // reported after the enclosing statement
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
  if (!exclude(x)) return o;
  if (!e->y) {
    error(start_pos(e), "invalid AST: use of .(type) outside type switch");
    return o;
  }
  if (x.type->u()->kind != Kind::Interface) {
    error(start_pos(x.expr), "invalid operation: " + describe(x) + " is not an interface");
    return o;
  }
  const Type* t = resolve_type(e->y);
  if (t->kind == Kind::Invalid) return o;
  if (t->u()->kind != Kind::Interface) {
    MissingMethod mm;
    if (find_missing(t, x.type, false, &mm)) {
      error(start_pos(e), "impossible type assertion: " + expr_string(e) + "\n\t" + tstr(t) + " does not implement " + tstr(x.type) + " " + missing_method_reason(t, x.type, mm));
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
  o.commaok = !comma_ok;
  return o;
}

Operand Compiler::recv_expr(ast::Expr* e, bool comma_ok) {
  Operand o;
  o.expr = e;
  Operand c = expr(e->x);
  if (!c.ok()) return o;
  const Type* u = c.type->u();
  if (u->kind != Kind::Chan) {
    error(start_pos(c.expr), "invalid operation: cannot receive from non-channel " + describe(c));
    return o;
  }
  if (u->dir == Dir::Send) {
    error(start_pos(c.expr), "invalid operation: cannot receive from send-only channel " + describe(c));
    return o;
  }
  int r = read(c);
  o.mode = comma_ok ? Operand::Multi : Operand::Value;
  o.type = comma_ok ? types_.tuple({u->elem, types_.basic(Kind::Bool)}) : u->elem;
  o.reg = regs(2);
  fs_->cur = e->pos;
  emit(Op::Recv, o.reg, r, 0, comma_ok ? 1 : 0);
  o.fresh = true;
  o.commaok = !comma_ok;
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

Operand Compiler::check_index(ast::Expr* index, int64_t max, int64_t* val) {
  // types2's index and isValidIndex: an int-typed index; *val is its value if constant, else -1.
  *val = -1;
  Operand x = expr(index);
  if (!exclude(x)) return Operand{};
  if (!convert_untyped(x, types_.basic(Kind::Int))) return Operand{};
  if (!x.type->u()->is_integer()) {
    error(start_pos(index), "invalid argument: index " + describe(x) + " must be integer");
    return Operand{};
  }
  if (x.mode == Operand::Const) {
    if (x.c.sign() < 0) {
      error(start_pos(index), "invalid argument: index " + describe(x) + " must not be negative");
      return Operand{};
    }
    if (!representable(x.c, types_.basic(Kind::Int), &x.c)) {
      error(start_pos(index), "invalid argument: index " + describe(x) + " overflows int");
      return Operand{};
    }
    x.c.int64(val);
    if (max >= 0 && *val >= max) {
      error(start_pos(index), "invalid argument: index " + x.c.str() + " out of bounds [0:" + std::to_string(max) + "]");
      *val = -1;
      return Operand{};
    }
  }
  return x;
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
  if (!exclude(x)) return o;
  const Type* u = x.type->u();
  if (u->kind == Kind::Map) {
    int mr = read(x);
    Operand k = expr(e->list[0], u->key);
    int kr = value_to(k, u->key, "map index");
    if (!k.ok()) return o;
    o.mode = Operand::Value;
    o.mapindex = true;
    o.type = u->elem;
    o.reg = regs(2);
    emit(Op::MapGet, o.reg, mr, kr, 0);
    return o;
  }
  bool ptr_arr = u->kind == Kind::Pointer && u->elem->u()->kind == Kind::Array;
  const Type* cont = ptr_arr ? u->elem->u() : u;
  int kind;
  const Type* et;
  int64_t len = -1;
  bool variable = x.variable;
  if (cont->kind == Kind::Slice) kind = 0, et = cont->elem, variable = true;
  else if (cont->kind == Kind::Array) kind = 1, et = cont->elem, len = cont->len, variable = variable || ptr_arr;
  else if (cont->is_string()) {
    kind = 2, et = types_.byte_type(), variable = false;
    if (x.mode == Operand::Const) len = static_cast<int64_t>(x.c.s.size());
  } else {
    error(e->pos, "invalid operation: cannot index " + describe(x));
    return o;
  }
  int64_t at;
  Operand i = check_index(e->list[0], len, &at);
  if (!i.ok()) return o;
  o.mode = Operand::Value;
  o.type = et;
  o.variable = variable;
  o.reg = reg();
  if (x.mode == Operand::Const && at >= 0) {
    // a constant string indexed by a constant is a byte value (not a constant)
    emit(Op::Int, o.reg, static_cast<unsigned char>(x.c.s[static_cast<size_t>(at)]));
    return o;
  }
  int xr = read(x);
  int ir = read(i);
  emit(Op::Index, o.reg, xr, ir, kind);
  return o;
}

Operand Compiler::slice_expr(ast::Expr* e) {
  Operand o;
  o.expr = e;
  Operand x = expr(e->x);
  if (!exclude(x)) return o;
  const Type* u = x.type->u();
  int flags = 0;
  const Type* rt = x.type;
  int64_t length = -1;
  if (u->is_string()) {
    flags |= 8;
    if (e->three) {
      error(start_pos(e->list.size() > 2 && e->list[2] ? e->list[2] : e), "invalid operation: 3-index slice of string");
      return o;
    }
    if (x.mode == Operand::Const) length = static_cast<int64_t>(x.c.s.size());
    if (x.type->is_untyped()) rt = types_.basic(Kind::String);
  } else if (u->kind == Kind::Array) {
    if (!x.variable) {
      error(start_pos(x.expr), "invalid operation: " + describe(x) + " (slice of unaddressable value)");
      return o;
    }
    flags |= 16;
    length = u->len;
    rt = types_.slice(u->elem);
  } else if (u->kind == Kind::Pointer && u->elem->u()->kind == Kind::Array) {
    flags |= 16;
    length = u->elem->u()->len;
    rt = types_.slice(u->elem->u()->elem);
  } else if (u->kind != Kind::Slice) {
    error(start_pos(x.expr), "invalid operation: cannot slice " + describe(x));
    return o;
  }
  int xr = read(x);
  int b = regs(3);
  int64_t ind[3] = {-1, -1, -1};
  for (int k = 0; k < 3; ++k) {
    ast::Expr* ie = static_cast<int>(e->list.size()) > k ? e->list[k] : nullptr;
    if (ie && ie->kind == ExprKind::Bad) continue;  // the parser reported the missing index
    if (ie) {
      int64_t v;
      Operand v_op = check_index(ie, length >= 0 ? length + 1 : -1, &v);
      if (!v_op.ok()) return o;
      ind[k] = v;
      read(v_op, b + k);
      flags |= 1 << k;
    } else if (k == 0) {
      ind[k] = 0;
    } else if (length >= 0) {
      ind[k] = length;
    }
  }
  for (int i = 0; i < 2; ++i) {
    if (ind[i] <= 0) continue;
    bool done = false;
    for (int j = i + 1; j < 3 && !done; ++j) {
      if (ind[j] >= 0 && ind[j] < ind[i]) {
        error(start_pos(e->list[j]), "invalid slice indices: " + std::to_string(ind[j]) + " < " + std::to_string(ind[i]));
        return o;
      }
    }
  }
  o.mode = Operand::Value;
  o.type = rt;
  o.reg = reg();
  emit(Op::Slice, o.reg, xr, b, flags);
  return o;
}

}  // namespace goro::vm
