// Expressions: each is checked and compiled at once. Constants fold without code; values land in
// registers; struct and array values are copied only where Go copies them (stores, arguments).
#include <cmath>
#include <cstdlib>

#include "compiler_class.h"
#include "layout.h"
#include "natives.h"
#include "goro/lang/scanner.h"

namespace goro::vm {

using ast::ExprKind;

namespace {

// parse_int_lit: Go's integer literals (underscores, 0x/0o/0b prefixes, legacy octal 0777).
bool parse_int_lit(const std::string& text, BigInt* out) {
  std::string t;
  for (char c : text)
    if (c != '_') t += c;
  int base = 10;
  size_t i = 0;
  if (t.size() > 1 && t[0] == '0') {
    char c = static_cast<char>(t[1] | 0x20);
    if (c == 'x') base = 16, i = 2;
    else if (c == 'b') base = 2, i = 2;
    else if (c == 'o') base = 8, i = 2;
    else base = 8, i = 1;
  }
  return BigInt::parse(std::string_view(t).substr(i), base, out);
}

}  // namespace

size_t Compiler::emit(Op op, int a, int b, int c, int x) {
  Function* f = fs_->fn;
  f->code.push_back(Instr{op, static_cast<uint32_t>(x), a, b, c});
  f->pos.push_back({fs_->cur.line, fs_->cur.col});
  return f->code.size() - 1;
}

void Compiler::push_scope() {
  fs_->scopes.push_back(std::make_unique<Scope>());
  fs_->scopes.back()->parent = fs_->scope;
  fs_->scope = fs_->scopes.back().get();
}
void Compiler::pop_scope() { fs_->scope = fs_->scope->parent; }

int Compiler::konst(Value v) {
  fs_->fn->consts.push_back(v);
  return static_cast<int>(fs_->fn->consts.size() - 1);
}

int Compiler::str_const(const std::string& s) {
  if (s.empty()) return konst(Value());
  auto* o = new StrObj(s);
  o->pinned = true;
  p_.pinned.push_back(o);
  return konst(Value::of_obj(o));
}

int Compiler::method_name(const std::string& name) {
  for (size_t i = 0; i < p_.method_names.size(); ++i)
    if (p_.method_names[i] == name) return static_cast<int>(i);
  p_.method_names.push_back(name);
  return static_cast<int>(p_.method_names.size() - 1);
}

// ---------------------------------------------------------------------------------------------
// Constants

void Compiler::const_to_reg(const ConstVal& c, const Type* t, int dst) {
  const Type* u = t->u();
  if (u->kind == Kind::UntypedNil || c.k == ConstVal::None) {
    zero_to_reg(t, dst);
  } else if (c.k == ConstVal::Bool) {
    emit(Op::Int, dst, c.b ? 1 : 0);
  } else if (c.k == ConstVal::String) {
    emit(Op::Const, dst, str_const(c.s));
  } else if (u->is_float()) {
    emit(Op::Const, dst, konst(Value::of_float(c.f64())));
  } else {
    ConstVal iv = c.to_int();
    int64_t v = iv.k == ConstVal::Int ? iv.i.to_i64() : 0;  // uint64 values keep their bits
    if (v >= INT32_MIN && v <= INT32_MAX) emit(Op::Int, dst, static_cast<int>(v));
    else emit(Op::Const, dst, konst(Value::of_int(v)));
  }
}

void Compiler::zero_to_reg(const Type* t, int dst) {
  if (t->value_boxed()) emit(Op::Zero, dst, type_index(t));
  else emit(Op::Zero, dst, -1);
}

// ---------------------------------------------------------------------------------------------
// Values

bool Compiler::exclude(Operand& o) {
  // types2's exclude and singleValue: what an expression context cannot take.
  switch (o.mode) {
    case Operand::NoValue: error(start_pos(o.expr), describe(o) + " used as value"); break;
    case Operand::TypeExpr: error(start_pos(o.expr), describe(o) + " is not an expression"); break;
    case Operand::Builtin: error(start_pos(o.expr), describe(o) + " must be called"); break;
    case Operand::PkgName: error(start_pos(o.expr), "use of package " + expr_string(o.expr) + " not in selector"); break;
    case Operand::Multi: error(start_pos(o.expr), "multiple-value " + describe(o) + " in single-value context"); break;
    default: return o.ok();
  }
  o.mode = Operand::Invalid;
  return false;
}

int Compiler::read(Operand& o, int dst) {
  if (o.mode == Operand::Const) {
    if (o.type->is_untyped() && !o.is_nil) convert_untyped(o, default_type(types_, o.type));
    int r = dst >= 0 ? dst : reg();
    if (o.ok()) const_to_reg(o.c, o.type, r);
    return r;
  }
  if (o.mode == Operand::Value) {
    if (dst >= 0 && dst != o.reg) {
      emit(Op::Mov, dst, o.reg);
      return dst;
    }
    return o.reg;
  }
  if (o.ok()) exclude(o);
  return dst >= 0 ? dst : reg();
}

bool Compiler::has_name(const Type* t) { return t->named() || (t->kind >= Kind::Bool && t->kind <= Kind::UntypedNil); }

bool Compiler::assignable(const Operand& x, const Type* t, std::string* reason) {
  // types2's assignableTo.
  const Type* v = x.type;
  if (!x.ok() || !v || !t || v->kind == Kind::Invalid || t->kind == Kind::Invalid) return true;
  if (identical(v, t)) return true;
  if (v->is_untyped()) {
    Conv code;
    return implicit_type(x, t, &code, nullptr) != nullptr;
  }
  const Type* vu = v->u();
  const Type* tu = t->u();
  if (identical(vu, tu) && (!has_name(v) || !has_name(t))) return true;
  if (tu->kind == Kind::Interface || (tu->kind == Kind::Pointer && tu->elem->u()->kind == Kind::Interface)) {
    std::string why;
    if (!implements(v, t, &why)) {
      if (reason) *reason = why;
      return false;
    }
    return true;
  }
  if (vu->kind == Kind::Interface) {
    if (implements(t, v, nullptr)) {
      if (reason) *reason = "need type assertion";
      return false;
    }
  }
  if (vu->kind == Kind::Chan && vu->dir == Dir::Both && tu->kind == Kind::Chan && identical(vu->elem, tu->elem))
    return !has_name(v) || !has_name(t);
  return false;
}

bool Compiler::assignment(Operand& o, const Type* t, const std::string& context) {
  // types2's assignment: untyped values take their type from the target (or their default type
  // for interfaces and _), then the value must be assignable. t == nullptr: the blank identifier.
  if (!o.ok()) return false;
  if (o.mode == Operand::Multi || (o.mode != Operand::Const && o.mode != Operand::Value)) return exclude(o);
  if (o.type->is_untyped()) {
    const Type* target = t;
    if (o.is_nil) {
      if (!t) {
        error(start_pos(o.expr), "use of untyped nil in " + context);
        o.mode = Operand::Invalid;
        return false;
      }
    } else if (!t || t->u()->kind == Kind::Interface) {
      target = default_type(types_, o.type);
    }
    Conv code;
    ConstVal v;
    const Type* nt = implicit_type(o, target, &code, &v);
    if (code != Conv::Ok) {
      std::string msg = "cannot use " + describe(o) + " as " + tstr(target) + " value in " + context;
      if (code == Conv::Truncated) msg += " (truncated)";
      else if (code == Conv::Overflows) msg += " (overflows)";
      error(start_pos(o.expr), msg);
      o.mode = Operand::Invalid;
      return false;
    }
    if (o.mode == Operand::Const) o.c = v;
    o.type = nt;
  }
  if (!t) return true;
  std::string reason;
  if (!assignable(o, t, &reason)) {
    std::string msg = "cannot use " + describe(o) + " as type " + tstr(t) + " in " + context;
    if (!reason.empty()) msg += ":\n\t" + reason;
    error(start_pos(o.expr), msg);
    o.mode = Operand::Invalid;
    return false;
  }
  return true;
}

int Compiler::value_to(Operand& o, const Type* t, const std::string& context, int dst) {
  if (!assignment(o, t, context)) return dst >= 0 ? dst : reg();
  if (!t) return read(o, dst);
  int r = dst >= 0 ? dst : reg();
  const Type* v = o.type;
  if (o.mode == Operand::Const) {
    if (t->u()->kind == Kind::Interface && !o.is_nil) {
      const_to_reg(o.c, v, r);
      emit(Op::Iface, r, r, type_index(v));
      return r;
    }
    const_to_reg(o.c, t, r);
    return r;
  }
  if (t->u()->kind == Kind::Interface && v->u()->kind != Kind::Interface) {
    const Type* dyn = v->kind == Kind::UntypedBool ? types_.basic(Kind::Bool) : v;
    int src = o.reg;
    if (dyn->value_boxed() && !o.fresh) {
      emit(Op::Clone, r, src);
      src = r;
    }
    emit(Op::Iface, r, src, type_index(dyn));
    return r;
  }
  if (v->value_boxed() && !o.fresh) {
    emit(Op::Clone, r, o.reg);
    return r;
  }
  if (r != o.reg) emit(Op::Mov, r, o.reg);
  return r;
}

// ---------------------------------------------------------------------------------------------
// Expressions

Operand Compiler::expr(ast::Expr* e, const Type* hint) {
  Operand o;
  o.expr = e;
  if (!e) return o;
  if (fs_) fs_->cur = e->pos;
  switch (e->kind) {
    case ExprKind::Ident: return ident(e);
    case ExprKind::BasicLit: {
      if (e->bad) return o;  // reported by the scanner
      o.mode = Operand::Const;
      switch (e->op) {
        case Tok::Int:
          o.type = types_.basic(Kind::UntypedInt);
          o.c.k = ConstVal::Int;
          if (!parse_int_lit(e->name, &o.c.i) || o.c.i.bit_len() > 512 * 8) {
            error(e->pos, "malformed constant: " + e->name);
            o.mode = Operand::Invalid;
          }
          return o;
        case Tok::Float: {
          std::string t;
          for (char c : e->name)
            if (c != '_') t += c;
          o.type = types_.basic(Kind::UntypedFloat);
          o.c.k = ConstVal::Float;
          if (!Rat::parse_decimal(t, &o.c.f)) {
            error(e->pos, "malformed constant: " + e->name);
            o.mode = Operand::Invalid;
          }
          return o;
        }
        case Tok::Char: {
          size_t i = 0;
          o.type = types_.basic(Kind::UntypedRune);
          int64_t r = e->value.empty() ? 0 : static_cast<int64_t>(decode_utf8(e->value, i));
          if (e->value.size() == 1) r = static_cast<unsigned char>(e->value[0]);
          o.c = ConstVal::of_int(r);
          return o;
        }
        case Tok::String:
          o.type = types_.basic(Kind::UntypedString);
          o.c = ConstVal::of_string(e->value);
          return o;
        default:
          error(e->pos, "goroscope does not support complex numbers yet");
          o.mode = Operand::Invalid;
          return o;
      }
    }
    case ExprKind::CompositeLit: return composite(e, hint);
    case ExprKind::FuncLit: return func_lit(e);
    case ExprKind::Paren: {
      Operand in = expr(e->x, hint);
      in.expr = e;
      return in;
    }
    case ExprKind::Selector: return selector(e);
    case ExprKind::Index: return index_expr(e);
    case ExprKind::Slice: return slice_expr(e);
    case ExprKind::TypeAssert: return type_assert(e, false);
    case ExprKind::Call: return call(e);
    case ExprKind::Star: {
      Operand x = expr(e->x);
      if (x.mode == Operand::TypeExpr) {
        o.mode = Operand::TypeExpr;
        o.type = types_.pointer(x.type);
        return o;
      }
      if (!x.ok() || !exclude(x)) return o;
      if (x.type->u()->kind != Kind::Pointer) {
        error(start_pos(x.expr), "invalid operation: cannot indirect " + describe(x));
        return o;
      }
      int p = read(x);
      o.mode = Operand::Value;
      o.type = x.type->u()->elem;
      o.variable = true;
      if (o.type->value_boxed()) {
        emit(Op::NilCheck, p);
        o.reg = p;
      } else {
        o.reg = reg();
        emit(Op::Load, o.reg, p);
      }
      return o;
    }
    case ExprKind::Unary: return unary(e, hint);
    case ExprKind::Binary: return binary(e, hint);
    case ExprKind::KeyValue:
      error(e->pos, "unexpected key:value expression");
      return o;
    case ExprKind::ArrayType: case ExprKind::StructType: case ExprKind::FuncType: case ExprKind::InterfaceType:
    case ExprKind::MapType: case ExprKind::ChanType:
      o.mode = Operand::TypeExpr;
      o.type = resolve_type(e);
      return o;
    case ExprKind::Bad: return o;  // reported by the parser
    default:
      error(e->pos, "invalid expression");
      return o;
  }
}

namespace {
int capture_index(FuncState* f, Entity* ent) {
  for (size_t i = 0; i < f->captures.size(); ++i)
    if (f->captures[i] == ent) return static_cast<int>(i);
  f->captures.push_back(ent);
  return static_cast<int>(f->captures.size() - 1);
}
}  // namespace

Operand Compiler::ident(ast::Expr* e) {
  Operand o;
  o.expr = e;
  if (e->name == "_") {
    error(e->pos, "cannot use _ as value");
    return o;
  }
  Entity* ent = lookup(e->name);
  if (!ent) {
    error(e->pos, "undefined: " + e->name);
    return o;
  }
  switch (ent->k) {
    case Entity::Const:
      if (ent->name == "iota" && ent->type == types_.basic(Kind::UntypedInt) && lookup("iota") == universe_.names["iota"]) {
        if (iota_ < 0) {
          error(e->pos, "cannot use iota outside constant declaration");
          return o;
        }
        o.mode = Operand::Const;
        o.type = ent->type;
        o.c = ConstVal::of_int(iota_);
        return o;
      }
      resolve_const(ent);
      if (!ent->type || ent->type->kind == Kind::Invalid) return o;
      o.mode = Operand::Const;
      o.type = ent->type;
      o.c = ent->cval;
      return o;
    case Entity::Nil:
      o.mode = Operand::Const;
      o.type = ent->type;
      o.is_nil = true;
      return o;
    case Entity::TypeName:
      ensure_type(ent->type);
      o.mode = Operand::TypeExpr;
      o.type = ent->type;
      return o;
    case Entity::Builtin:
      o.mode = Operand::Builtin;
      o.builtin = ent->index;
      return o;
    case Entity::Pkg:
      o.mode = Operand::PkgName;
      o.pkg = ent->pkg;
      return o;
    case Entity::Func:
      add_func_dep(ent->index);
      o.mode = Operand::Value;
      o.type = ent->type;
      o.reg = reg();
      emit(Op::FuncVal, o.reg, ent->index);
      return o;
    case Entity::Global: {
      const Type* t = global_type(ent);
      if (!t || t->kind == Kind::Invalid) return o;  // a variable refers to itself: reported as a loop
      o.mode = Operand::Value;
      o.type = t;
      o.variable = true;
      o.reg = reg();
      emit(Op::LoadG, o.reg, ent->index);
      return o;
    }
    case Entity::Local: {
      ent->used = true;
      if (ent->type->kind == Kind::Invalid) return o;  // already reported where it was declared
      o.mode = Operand::Value;
      o.type = ent->type;
      o.variable = true;
      int r = ent->index;
      if (ent->owner != fs_) {
        // Captured from an enclosing function: every function in between captures it too.
        std::vector<FuncState*> chain;
        for (FuncState* f = fs_; f && f != ent->owner; f = f->parent) chain.push_back(f);
        int idx = capture_index(fs_, ent);
        for (size_t i = 1; i < chain.size(); ++i) capture_index(chain[i], ent);
        r = reg();
        emit(Op::Captured, r, idx);
      }
      if (ent->boxed) {
        int v = reg();
        emit(Op::Unbox, v, r);
        r = v;
      }
      o.reg = r;
      return o;
    }
  }
  return o;
}

bool Compiler::foreign_type(const Type* t) const {
  if (!t->named()) return false;
  size_t dot = t->name.find('.');
  return dot != std::string::npos && t->name.compare(0, dot, pkg_->name) != 0;
}

bool Compiler::foreign_visible(const Type* t, const Selection& sel, const std::string& name) {
  // An unexported field or method is visible only in the package that declares it.
  if (name.empty() || std::isupper(static_cast<unsigned char>(name[0]))) return true;
  const Type* owner = nullptr;
  if (sel.kind == Selection::MethodSel) {
    owner = sel.recv_base;
  } else if (sel.kind == Selection::FieldSel) {
    const Type* cur = t->kind == Kind::Pointer && !t->named() ? t->elem : t;
    for (size_t i = 0; i + 1 < sel.path.size(); ++i) {
      const Type* f = cur->u()->fields[sel.path[i]].type;
      cur = f->kind == Kind::Pointer && !f->named() ? f->elem : f;
    }
    owner = cur;
  }
  if (!owner || !owner->named()) return true;
  size_t dot = owner->name.find('.');
  if (dot == std::string::npos) return true;
  return owner->name.compare(0, dot, pkg_->name) == 0 && dot == pkg_->name.size();
}

Selection Compiler::select(ast::Expr* e, const Operand& x, bool addressable) {
  // types2's LookupFieldOrMethod and the errors of its selector.
  const Type* t = x.type;
  bool iface_ptr = t->u()->kind == Kind::Pointer && t->u()->elem->u()->kind == Kind::Interface;
  Selection sel = iface_ptr ? Selection{} : goro::vm::lookup(t, e->name);
  if (t->kind == Kind::Invalid) return Selection{};
  if (sel.kind != Selection::None && !foreign_visible(t, sel, e->name)) sel = Selection{};
  if (sel.kind == Selection::Ambiguous) {
    error(e->pos, "ambiguous selector " + expr_string(e->x) + "." + e->name);
    return Selection{};
  }
  bool is_ptr = t->kind == Kind::Pointer && !t->named();
  if (sel.kind == Selection::MethodSel && sel.recv_base->u()->kind != Kind::Interface && sel.method->ptr_recv &&
      !is_ptr && !sel.path_has_pointer && !addressable) {
    error(e->pos, "cannot call pointer method " + e->name + " on " + tstr(t));
    return Selection{};
  }
  if (sel.kind == Selection::None) {
    std::string why;
    if (iface_ptr) {
      why = "type " + tstr(t) + " is pointer to interface, not interface";
    } else {
      why = "type " + tstr(t) + " has no field or method " + e->name;
      std::string other = e->name;
      unsigned char c0 = static_cast<unsigned char>(other[0]);
      other[0] = static_cast<char>(std::isupper(c0) ? std::tolower(c0) : std::toupper(c0));
      Selection alt = goro::vm::lookup(t, other);
      if (other != e->name && alt.kind != Selection::None && foreign_visible(t, alt, other)) why += ", but does have " + other;
    }
    error(e->pos, expr_string(e->x) + "." + e->name + " undefined (" + why + ")");
  }
  return sel;
}

Operand Compiler::method_expr(ast::Expr* e, Operand& x) {
  // T.m or (*T).m: a function whose first parameter is the receiver.
  Operand o;
  o.expr = e;
  Selection sel = select(e, x, false);
  if (sel.kind == Selection::None) return o;
  if (sel.kind != Selection::MethodSel) {
    error(e->pos, expr_string(e->x) + "." + e->name + " undefined (type " + tstr(x.type) + " has no method " + e->name + ")");
    return o;
  }
  std::vector<const Type*> params{x.type};
  params.insert(params.end(), sel.type->params.begin(), sel.type->params.end());
  // named parameters: the receiver is named too (types2 writes "_" for an unnamed one)
  std::vector<std::string> names;
  if (!sel.type->param_names.empty() && !sel.type->param_names[0].empty()) {
    names.push_back(sel.method->recv_name.empty() ? "_" : sel.method->recv_name);
    names.insert(names.end(), sel.type->param_names.begin(), sel.type->param_names.end());
  }
  const Type* ft = types_.func(params, sel.type->results, sel.type->variadic, names, sel.type->result_names);
  if (sel.recv_base->u()->kind != Kind::Interface) add_func_dep(sel.method->func);
  o.mode = Operand::Value;
  o.type = ft;
  o.reg = reg();
  emit(Op::FuncVal, o.reg, method_thunk(x.type, sel, e->name, ft));
  return o;
}

int Compiler::method_thunk(const Type* recv, const Selection& sel, const std::string& name, const Type* ft) {
  // The function behind a method expression: receiver in register 0, then the parameters;
  // it reaches the method's receiver (through embedded fields and pointers) and calls it.
  std::string key = std::to_string(recv->canon->id) + "." + name;
  auto it = thunks_.find(key);
  if (it != thunks_.end()) return it->second;
  int f = new_function(qualified_name(recv->kind == Kind::Pointer && !recv->named() ? recv->elem : recv) + "." + name + "-fm");
  thunks_[key] = f;
  FuncState* saved = fs_;
  FuncState fs;
  fs.fn = p_.funcs[f].get();
  fs.fn->sig = ft;
  fs.fn->file = file_;
  fs.scope = &universe_;
  size_t np = ft->params.size(), nr = ft->results.size();
  fs.fn->nparams = static_cast<uint32_t>(np);
  fs.fn->nresults = static_cast<uint32_t>(nr);
  fs.next_reg = static_cast<int>(np + nr);
  fs.fn->nregs = static_cast<uint32_t>(fs.next_reg);
  fs_ = &fs;
  int base = regs(static_cast<int>(std::max<size_t>({np, nr, 1})));
  // the receiver
  int r = 0;
  const Type* cur = recv;
  for (int idx : sel.path) {
    const Type* st = cur->kind == Kind::Pointer && !cur->named() ? cur->elem : cur;
    int t = reg();
    emit(Op::Field, t, r, idx);
    r = t;
    cur = st->u()->fields[idx].type;
  }
  bool iface = sel.recv_base->u()->kind == Kind::Interface;
  bool cur_ptr = cur->kind == Kind::Pointer && !cur->named();
  if (iface || sel.method->ptr_recv) emit(Op::Mov, base, r);
  else if (cur_ptr) emit(cur->elem->value_boxed() ? Op::Clone : Op::Load, base, r);
  else emit(cur->value_boxed() ? Op::Clone : Op::Mov, base, r);
  for (size_t i = 1; i < np; ++i) emit(Op::Mov, base + static_cast<int>(i), static_cast<int>(i));
  if (iface) emit(Op::CallI, base, method_name(name));
  else emit(Op::Call, base, sel.method->func);
  for (size_t i = 0; i < nr; ++i) emit(Op::Mov, static_cast<int>(np + i), base + static_cast<int>(i));
  emit(Op::Ret);
  fs_ = saved;
  return f;
}

Operand Compiler::selector(ast::Expr* e) {
  Operand o;
  o.expr = e;
  if (e->x->kind == ExprKind::Ident) {
    Entity* pe = lookup(e->x->name);
    if (pe && pe->k == Entity::Pkg) {
      Entity* ent = package_member(pe, e);
      if (!ent) return o;
      Package* saved = pkg_;
      pkg_ = pe->pkg;
      ast::Expr fake = *e;
      fake.kind = ExprKind::Ident;
      fake.name = e->name;
      // Resolve in the package's scope, but describe the operand as written.
      FuncState* saved_fs = fs_;
      Operand r;
      if (ent->k == Entity::Const) {
        FuncState scratch;
        resolve_const(ent);
        r.mode = ent->type && ent->type->kind != Kind::Invalid ? Operand::Const : Operand::Invalid;
        r.type = ent->type;
        r.c = ent->cval;
      } else {
        fs_ = saved_fs;
        pkg_ = pe->pkg;
        // ident() looks names up through fs_ first; package-level names are not shadowed there
        // because we look the entity up directly.
        switch (ent->k) {
          case Entity::TypeName: ensure_type(ent->type); r.mode = Operand::TypeExpr; r.type = ent->type; break;
          case Entity::Func: r.mode = Operand::Value; r.type = ent->type; r.reg = reg(); emit(Op::FuncVal, r.reg, ent->index); break;
          case Entity::Global:
            r.mode = Operand::Value;
            r.type = global_type(ent);
            r.variable = true;
            r.reg = reg();
            emit(Op::LoadG, r.reg, ent->index);
            if (!r.type) r.mode = Operand::Invalid;
            break;
          default: break;
        }
      }
      pkg_ = saved;
      r.expr = e;
      return r;
    }
  }
  Operand x = expr(e->x);
  if (!x.ok()) return o;
  if (x.mode == Operand::Builtin) {
    error(e->pos, "cannot select on " + describe(x));
    return o;
  }
  if (x.mode == Operand::TypeExpr) return method_expr(e, x);
  if (!exclude(x)) return o;
  if (x.mode == Operand::Const && !x.is_nil) {
    const Type* d = default_type(types_, x.type);
    x.reg = read(x);
    x.mode = Operand::Value;
    x.type = d;
  }
  Selection sel = select(e, x, x.variable);
  if (sel.kind == Selection::None) return o;
  int r = read(x);
  if (sel.kind == Selection::FieldSel) {
    const Type* cur = x.type;
    for (int idx : sel.path) {
      const Type* st = cur->kind == Kind::Pointer ? cur->u()->elem : cur;
      int t = reg();
      // x: Go's byte offset of the field (the addr= of a nil dereference)
      emit(Op::Field, t, r, idx, static_cast<int>(go_field_offset(st, static_cast<size_t>(idx))));
      r = t;
      cur = st->u()->fields[idx].type;
    }
    o.mode = Operand::Value;
    o.type = sel.type;
    o.variable = x.variable || sel.path_has_pointer;  // addressable, as its struct, or through a pointer
    o.reg = r;
    return o;
  }
  // A method value: bind the receiver now.
  o.mode = Operand::Value;
  o.type = sel.type;
  o.reg = reg();
  if (sel.recv_base->u()->kind == Kind::Interface) {
    const Type* cur = x.type;
    for (int idx : sel.path) {
      const Type* st = cur->kind == Kind::Pointer ? cur->u()->elem : cur;
      int t = reg();
      emit(Op::Field, t, r, idx);
      r = t;
      cur = st->u()->fields[idx].type;
    }
    emit(Op::BindI, o.reg, r, method_name(e->name));
    return o;
  }
  int recv = reg();
  Operand xr = x;
  xr.reg = r;
  x.mode = Operand::Value;
  if (!method_receiver(e->x, sel, recv)) return Operand{};
  add_func_dep(sel.method->func);
  emit(Op::Bind, o.reg, recv, sel.method->func);
  return o;
}

// method_receiver evaluates the receiver expression x for the method sel and leaves in dst what
// the method expects: a pointer or a copy of the value.
bool Compiler::method_receiver(ast::Expr* xe, const Selection& sel, int dst) {
  const Method* m = sel.method;
  if (m->ptr_recv && sel.path.empty()) {
    Operand x = expr(xe);
    if (!x.ok()) return false;
    if (x.type->kind == Kind::Pointer && !x.type->named()) {
      read(x, dst);
      return true;
    }
    if (x.type->value_boxed()) {
      read(x, dst);
      return true;
    }
    Operand p = address_of(xe);
    if (!p.ok()) return false;
    read(p, dst);
    return true;
  }
  Operand x = expr(xe);
  if (!x.ok()) return false;
  int r = read(x);
  const Type* cur = x.type;
  bool fresh = x.fresh;
  for (int idx : sel.path) {
    const Type* st = cur->kind == Kind::Pointer && !cur->named() ? cur->elem : cur;
    int t = reg();
    emit(Op::Field, t, r, idx);
    r = t;
    cur = st->u()->fields[idx].type;
    fresh = false;
  }
  bool is_ptr = cur->kind == Kind::Pointer && !cur->named();
  if (m->ptr_recv) {
    if (is_ptr || cur->value_boxed()) {
      emit(Op::Mov, dst, r);
      return true;
    }
    error(xe->pos, "cannot call pointer method " + m->name + " on " + tstr(cur));
    return false;
  }
  if (is_ptr) {
    if (cur->elem->value_boxed()) emit(Op::Clone, dst, r);
    else emit(Op::Load, dst, r);
    return true;
  }
  if (cur->value_boxed() && !fresh) emit(Op::Clone, dst, r);
  else emit(Op::Mov, dst, r);
  return true;
}

Operand Compiler::address_of(ast::Expr* x) {
  Operand o;
  o.expr = x;
  while (x->kind == ExprKind::Paren) x = x->x;
  if (x->kind == ExprKind::CompositeLit) {
    Operand v = composite(x, nullptr);
    if (!v.ok()) return o;
    o.mode = Operand::Value;
    o.type = types_.pointer(v.type);
    if (v.type->value_boxed()) {
      o.reg = v.reg;
    } else {
      o.reg = reg();
      emit(Op::Box, o.reg, v.reg);
    }
    o.fresh = true;
    return o;
  }
  if (x->kind == ExprKind::Ident) {
    Entity* ent = lookup(x->name);
    if (ent && ent->k == Entity::Local) {
      ent->used = true;
      o.mode = Operand::Value;
      o.type = types_.pointer(ent->type);
      int r = ent->index;
      if (ent->owner != fs_) {
        Operand v = ident(x);  // registers the capture
        (void)v;
        int idx = -1;
        for (size_t i = 0; i < fs_->captures.size(); ++i)
          if (fs_->captures[i] == ent) idx = static_cast<int>(i);
        r = reg();
        emit(Op::Captured, r, idx);
      }
      if (ent->type->value_boxed() || ent->boxed) {
        o.reg = r;
        return o;
      }
      error(x->pos, "goroscope: cannot take the address of " + x->name);
      return Operand{};
    }
    if (ent && ent->k == Entity::Global) {
      o.mode = Operand::Value;
      const Type* gt = global_type(ent);
      if (!gt || gt->kind == Kind::Invalid) return Operand{};
      o.type = types_.pointer(gt);
      o.reg = reg();
      if (gt->value_boxed()) emit(Op::LoadG, o.reg, ent->index);
      else emit(Op::AddrG, o.reg, ent->index);
      return o;
    }
  }
  if (x->kind == ExprKind::Selector) {
    Operand f = selector(x);
    if (!f.ok()) return o;
    if (!f.variable) {  // a field of a value that is no variable (a call's result), a method value
      error(start_pos(x), "invalid operation: cannot take address of " + describe(f));
      return Operand{};
    }
    if (f.type->value_boxed()) {
      o.mode = Operand::Value;
      o.type = types_.pointer(f.type);
      o.reg = f.reg;
      return o;
    }
    // Re-walk to the containing object: the last Field instruction read the field; turn it into an address.
    Instr& last = fs_->fn->code.back();
    if (last.op == Op::Field && last.a == f.reg) {
      last.op = Op::AddrField;
      o.mode = Operand::Value;
      o.type = types_.pointer(f.type);
      o.reg = f.reg;
      return o;
    }
    if (last.op == Op::LoadG && last.a == f.reg) {
      last.op = Op::AddrG;
      o.mode = Operand::Value;
      o.type = types_.pointer(f.type);
      o.reg = f.reg;
      return o;
    }
    error(start_pos(x), "invalid operation: cannot take address of " + describe(f));
    return Operand{};
  }
  if (x->kind == ExprKind::Index) {
    Operand v = index_expr(x);
    if (!v.ok()) return o;
    if (!v.variable || v.mapindex) {  // map entries, string bytes, elements of unaddressable arrays
      error(start_pos(x), "invalid operation: cannot take address of " + describe(v));
      return Operand{};
    }
    o.mode = Operand::Value;
    o.type = types_.pointer(v.type);
    if (v.type->value_boxed()) {
      o.reg = v.reg;
      return o;
    }
    Instr& last = fs_->fn->code.back();
    if (last.op == Op::Index && last.a == v.reg && last.x != 2) {
      last.op = Op::AddrIndex;
      o.reg = v.reg;
      return o;
    }
    error(start_pos(x), "invalid operation: cannot take address of " + describe(v));
    return Operand{};
  }
  if (x->kind == ExprKind::Star) {
    Operand p = expr(x->x);
    if (p.ok() && p.type->kind == Kind::Pointer) {
      p.expr = o.expr;
      return p;
    }
  }
  Operand v = expr(x);
  if (v.ok()) error(start_pos(x), "invalid operation: cannot take address of " + describe(v));
  return Operand{};
}

Operand Compiler::unary(ast::Expr* e, const Type* hint) {
  Operand o;
  o.expr = e;
  if (e->op == Tok::And) {
    Operand r = address_of(e->x);
    r.expr = e;
    return r;
  }
  if (e->op == Tok::Arrow) return recv_expr(e, false);
  Operand x = expr(e->x, hint);
  if (!exclude(x)) return o;
  const Type* t = x.type;
  const Type* u = t->u();
  bool ok;
  switch (e->op) {
    case Tok::Sub: case Tok::Add: ok = u->is_numeric(); break;
    case Tok::Not: ok = u->is_bool(); break;
    case Tok::Xor: ok = u->is_integer(); break;
    default: ok = false;
  }
  if (!ok) {
    error(start_pos(x.expr), "invalid operation: operator " + std::string(spelling(e->op)) + " not defined on " + describe(x));
    return o;
  }
  if (x.mode == Operand::Const) {
    o = x;
    o.expr = e;
    o.c = const_unary(e->op, x.c, u->is_unsigned() ? u->int_bits() : 0);
    if (!check_overflow(o, e)) return Operand{};
    return o;
  }
  if (e->op == Tok::Add) {
    x.expr = e;
    return x;
  }
  int r = read(x);
  o.mode = Operand::Value;
  o.type = t;
  o.reg = reg();
  switch (e->op) {
    case Tok::Sub: emit(u->is_float() ? Op::FNeg : Op::Neg, o.reg, r); break;
    case Tok::Not: emit(Op::Not, o.reg, r); break;
    case Tok::Xor: emit(Op::Compl, o.reg, r); break;
    default: break;
  }
  if (u->is_integer() && u->int_bits() < 64) emit(Op::Wrap, o.reg, o.reg, 0, static_cast<int>(u->kind));
  return o;
}

namespace {

bool ordered(const Type* t) { return t->u()->is_numeric() || t->u()->is_string(); }

const char* kind_word(const Type* t) {
  switch (t->u()->kind) {
    case Kind::Array: return "array";
    case Kind::Slice: return "slice";
    case Kind::Struct: return "struct";
    case Kind::Pointer: return "pointer";
    case Kind::Func: return "func";
    case Kind::Interface: return "interface";
    case Kind::Map: return "map";
    case Kind::Chan: return "chan";
    default: return nullptr;
  }
}

bool op_defined(Tok op, const Type* t) {
  const Type* u = t->u();
  switch (op) {
    case Tok::Add: return u->is_numeric() || u->is_string();
    case Tok::Sub: case Tok::Mul: case Tok::Quo: return u->is_numeric();
    case Tok::Rem: case Tok::And: case Tok::Or: case Tok::Xor: case Tok::AndNot: return u->is_integer();
    case Tok::LAnd: case Tok::LOr: return u->is_bool();
    default: return false;
  }
}

bool is_comparison(Tok op) {
  return op == Tok::Eql || op == Tok::Neq || op == Tok::Lss || op == Tok::Leq || op == Tok::Gtr || op == Tok::Geq;
}

}  // namespace

std::string Compiler::kind_string(const Type* t) {
  const char* k = kind_word(t);
  return k ? k : tstr(t);
}

std::string Compiler::incomparable_cause(const Type* t) {
  const Type* u = t->u();
  if (u->kind == Kind::Slice || u->kind == Kind::Func || u->kind == Kind::Map) return kind_string(t) + " can only be compared to nil";
  if (u->kind == Kind::Struct) {
    for (const Field& f : u->fields)
      if (!f.type->comparable()) return "struct containing " + tstr(f.type) + " cannot be compared";
  }
  if (u->kind == Kind::Array && !u->elem->comparable()) return tstr(t) + " cannot be compared";
  return "";
}

bool Compiler::can_mix(const Operand& x, const Operand& y) {
  if (x.type->u()->kind == Kind::Interface || y.type->u()->kind == Kind::Interface) return true;
  if (x.type->u()->is_bool() != y.type->u()->is_bool()) return false;
  if (x.type->u()->is_string() != y.type->u()->is_string()) return false;
  if (x.is_nil && !has_nil(y.type)) return false;
  if (y.is_nil && !has_nil(x.type)) return false;
  return true;
}

// binary checks x op y as types2 does (the operands get one type; constants fold exactly) and
// emits the operation. lhs/rhs are e->x and e->y, or an assignment's sides for x op= y (then
// `assign` is set and the messages spell the assignment).
Operand Compiler::binary(ast::Expr* e, const Type* hint, bool assign) {
  Operand o;
  o.expr = e;
  Tok op = e->op;
  bool logical = op == Tok::LAnd || op == Tok::LOr;
  bool cmp = is_comparison(op);
  bool shift = op == Tok::Shl || op == Tok::Shr;
  Operand x = expr(e->x, cmp || shift || logical ? nullptr : hint);
  size_t jump = SIZE_MAX;
  int dst = -1;
  if (logical && x.mode == Operand::Value) {
    // && and || evaluate y only when needed: x decides first.
    dst = reg();
    read(x, dst);
    jump = emit(op == Tok::LAnd ? Op::JF : Op::JT, dst, 0);
  }
  size_t y_code = fs_ ? here() : 0;
  int y_reg = fs_ ? fs_->next_reg : 0;
  Operand y = expr(e->y, cmp || shift || logical ? nullptr : hint);
  if (!x.ok()) return o;
  if (!exclude(x)) return o;
  if (!y.ok() || !exclude(y)) return o;
  if (shift) return shift_op(e, x, y, hint);
  if (can_mix(x, y)) {
    if (!convert_untyped(x, y.type)) return o;
    if (!convert_untyped(y, x.type)) return o;
  }
  if (cmp) return comparison(e, x, y);
  if (!identical(x.type, y.type)) {
    if (x.type->kind != Kind::Invalid && y.type->kind != Kind::Invalid) {
      if (assign)
        error(start_pos(x.expr), "invalid operation: " + expr_string(e->x) + " " + std::string(spelling(op)) + "= " + expr_string(e->y) + " (mismatched types " + tstr(x.type) + " and " + tstr(y.type) + ")");
      else
        error(start_pos(x.expr), "invalid operation: " + expr_string(e) + " (mismatched types " + tstr(x.type) + " and " + tstr(y.type) + ")");
    }
    return o;
  }
  if (!op_defined(op, x.type)) {
    error(start_pos(x.expr), "invalid operation: operator " + std::string(spelling(op)) + " not defined on " + describe(x));
    return o;
  }
  const Type* t = x.type;
  const Type* u = t->u();
  if ((op == Tok::Quo || op == Tok::Rem) && (x.mode == Operand::Const || u->is_integer()) && y.mode == Operand::Const && y.c.sign() == 0) {
    error(start_pos(y.expr), "invalid operation: division by zero");
    return o;
  }
  if (x.mode == Operand::Const && y.mode == Operand::Const) {
    o = x;
    o.expr = e;
    o.c = const_binary(x.c, op, y.c, u->is_integer());
    if (!check_overflow(o, e)) return Operand{};
    return o;
  }
  if (logical) {
    if (jump == SIZE_MAX) {
      // x is a constant: it decides at compile time whether y runs
      bool xv = x.c.b;
      if ((op == Tok::LAnd && !xv) || (op == Tok::LOr && xv)) {
        if (fs_) {  // y never runs
          fs_->fn->code.resize(y_code);
          fs_->fn->pos.resize(y_code);
          fs_->next_reg = y_reg;
        }
        x.expr = e;
        return x;
      }
      y.expr = e;
      return y;
    }
    read(y, dst);
    patch_b(jump);
    o.mode = Operand::Value;
    o.type = t;
    o.reg = dst;
    return o;
  }
  if (t->is_untyped()) t = u = default_type(types_, t);
  int a = read(x);
  int b = read(y);
  o.mode = Operand::Value;
  o.type = t;
  o.reg = reg();
  Op code;
  if (u->is_string()) code = Op::Concat;
  else if (u->is_float()) {
    code = op == Tok::Add ? Op::FAdd : op == Tok::Sub ? Op::FSub : op == Tok::Mul ? Op::FMul : Op::FDiv;
  } else {
    bool uns = u->is_unsigned();
    switch (op) {
      case Tok::Add: code = Op::Add; break;
      case Tok::Sub: code = Op::Sub; break;
      case Tok::Mul: code = Op::Mul; break;
      case Tok::Quo: code = uns ? Op::DivU : Op::Div; break;
      case Tok::Rem: code = uns ? Op::RemU : Op::Rem; break;
      case Tok::And: code = Op::And; break;
      case Tok::Or: code = Op::Or; break;
      case Tok::Xor: code = Op::Xor; break;
      default: code = Op::AndNot; break;
    }
  }
  emit(code, o.reg, a, b);
  if (u->is_integer() && u->int_bits() < 64) emit(Op::Wrap, o.reg, o.reg, 0, static_cast<int>(u->kind));
  if (u->kind == Kind::Float32) emit(Op::F32, o.reg, o.reg);
  return o;
}

Operand Compiler::shift_op(ast::Expr* e, Operand& x, Operand& y, const Type* hint) {
  Operand o;
  o.expr = e;
  Tok op = e->op;
  ConstVal xval;
  if (x.mode == Operand::Const) xval = x.c.to_int();
  if (!(x.type->u()->is_integer() || (x.type->is_untyped() && xval.k == ConstVal::Int))) {
    error(start_pos(x.expr), "invalid operation: shifted operand " + describe(x) + " must be integer");
    return o;
  }
  if (y.mode == Operand::Const) {
    ConstVal yv = y.c.to_int();
    if (yv.k == ConstVal::Int && yv.i.sign() < 0) {
      error(start_pos(y.expr), "invalid operation: negative shift count " + describe(y));
      return o;
    }
    if (y.type->is_untyped()) {
      ConstVal v;
      Conv code = representation(y, types_.basic(Kind::Uint), &v);
      if (code != Conv::Ok) {
        invalid_conversion(code, y, types_.basic(Kind::Uint));
        return o;
      }
      y.c = v;
    }
  } else if (y.type->is_untyped()) {
    if (!convert_untyped(y, types_.basic(Kind::Uint))) return o;
  } else if (!y.type->u()->is_integer()) {
    error(start_pos(y.expr), "invalid operation: shift count " + describe(y) + " must be integer");
    return o;
  }
  if (x.mode == Operand::Const && y.mode == Operand::Const) {
    int64_t s = -1;
    const unsigned bound = 1023 - 1 + 52;
    if (!y.c.int64(&s) || s < 0 || s > static_cast<int64_t>(bound)) {
      error(start_pos(y.expr), "invalid operation: invalid shift count " + describe(y));
      return o;
    }
    o = x;
    o.expr = e;
    if (!x.type->is_integer()) o.type = types_.basic(Kind::UntypedInt);
    o.c = const_shift(xval, op, static_cast<unsigned>(s));
    if (!check_overflow(o, e)) return Operand{};
    return o;
  }
  const Type* t = x.type;
  if (x.mode == Operand::Const && t->is_untyped()) {
    // The untyped constant takes the type it would have without the shift: the context's.
    if (hint && hint->u()->kind != Kind::Interface && !hint->u()->is_integer()) {
      error(start_pos(x.expr), "invalid operation: " + expr_string(e) + " (shift of type " + tstr(hint) + ")");
      return o;
    }
    t = hint && hint->u()->is_integer() ? hint : types_.basic(Kind::Int);
    if (!convert_untyped(x, t)) return o;
  }
  if (!t->u()->is_integer()) {
    error(start_pos(x.expr), "invalid operation: shifted operand " + describe(x) + " must be integer");
    return o;
  }
  int a = read(x);
  int b = read(y);
  o.mode = Operand::Value;
  o.type = t;
  o.reg = reg();
  // x=1: the count is unsigned, so it is never negative (a huge count shifts everything out)
  emit(op == Tok::Shl ? Op::Shl : (t->u()->is_unsigned() ? Op::ShrU : Op::Shr), o.reg, a, b, y.type->u()->is_unsigned() ? 1 : 0);
  if (t->u()->int_bits() < 64) emit(Op::Wrap, o.reg, o.reg, 0, static_cast<int>(t->u()->kind));
  return o;
}

Operand Compiler::comparison(ast::Expr* e, Operand& x, Operand& y, bool switch_case) {
  // types2's comparison: one operand must be assignable to the other's type, then the operator
  // must be defined on both. Errors name the operand that shows the problem.
  Operand o;
  o.expr = e;
  Tok op = switch_case ? Tok::Eql : e->op;
  const Operand* err_op = &x;
  std::string cause;
  bool eq = op == Tok::Eql || op == Tok::Neq;
  if (!assignable(x, y.type, nullptr) && !assignable(y, x.type, nullptr)) {
    err_op = &y;
    cause = "mismatched types " + tstr(x.type) + " and " + tstr(y.type);
  } else if (eq) {
    if (x.is_nil || y.is_nil) {
      const Type* typ = x.is_nil ? y.type : x.type;
      if (!has_nil(typ)) err_op = &y, cause = "?";
    } else if (!x.type->comparable() || x.type->kind == Kind::UntypedNil) {
      err_op = &x, cause = incomparable_cause(x.type);
      if (cause.empty()) cause = "?";
    } else if (!y.type->comparable()) {
      err_op = &y, cause = incomparable_cause(y.type);
      if (cause.empty()) cause = "?";
    }
  } else if (!ordered(x.type)) {
    err_op = &x, cause = "?";
  } else if (!ordered(y.type)) {
    err_op = &y, cause = "?";
  }
  if (!cause.empty()) {
    if (cause == "?") cause = "operator " + std::string(spelling(op)) + " not defined on " + kind_string(err_op->type);
    if (switch_case)
      error(start_pos(x.expr), "invalid case " + expr_string(x.expr) + " in switch on " + expr_string(y.expr) + " (" + cause + ")");
    else
      error(start_pos(err_op->expr), "invalid operation: " + expr_string(x.expr) + " " + std::string(spelling(op)) + " " + expr_string(y.expr) + " (" + cause + ")");
    return o;
  }
  if (x.mode == Operand::Const && y.mode == Operand::Const && !x.is_nil && !y.is_nil) {
    o.mode = Operand::Const;
    o.type = types_.basic(Kind::UntypedBool);
    o.c = ConstVal::of_bool(const_compare(x.c, op, y.c));
    return o;
  }
  // The operands have their final types now; untyped ones take their default type.
  const Type* t = x.is_nil ? y.type : y.is_nil ? x.type : x.type;
  if (!x.is_nil && !y.is_nil && x.type->u()->kind != Kind::Interface && y.type->u()->kind == Kind::Interface) t = y.type;
  if (t->is_untyped()) t = default_type(types_, t);
  const Type* u = t->u();
  int a = value_to(x, t, "comparison");
  int b = value_to(y, t, "comparison");
  o.mode = Operand::Value;
  o.type = types_.basic(Kind::UntypedBool);
  o.reg = reg();
  bool swap = op == Tok::Gtr || op == Tok::Geq;
  if (swap) std::swap(a, b);
  Op code;
  if (u->is_integer() || u->is_bool()) {
    bool uns = u->is_unsigned();
    code = op == Tok::Eql ? Op::EqI : op == Tok::Neq ? Op::NeI : (op == Tok::Lss || op == Tok::Gtr) ? (uns ? Op::LtU : Op::LtI) : (uns ? Op::LeU : Op::LeI);
  } else if (u->is_float()) {
    code = op == Tok::Eql ? Op::EqF : op == Tok::Neq ? Op::NeF : (op == Tok::Lss || op == Tok::Gtr) ? Op::LtF : Op::LeF;
  } else if (u->is_string()) {
    code = op == Tok::Eql ? Op::EqS : op == Tok::Neq ? Op::NeS : (op == Tok::Lss || op == Tok::Gtr) ? Op::LtS : Op::LeS;
  } else {
    code = op == Tok::Eql ? Op::EqV : Op::NeV;
  }
  emit(code, o.reg, a, b, type_index(t));
  return o;
}

}  // namespace goro::vm
