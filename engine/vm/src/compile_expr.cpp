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

std::string i128_str(__int128 v) {
  if (v == 0) return "0";
  bool neg = v < 0;
  unsigned __int128 u = neg ? -static_cast<unsigned __int128>(v) : static_cast<unsigned __int128>(v);
  std::string s;
  while (u) {
    s.insert(s.begin(), static_cast<char>('0' + static_cast<int>(u % 10)));
    u /= 10;
  }
  return neg ? "-" + s : s;
}

bool parse_int_lit(std::string text, __int128& out) {
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
  __int128 v = 0;
  for (; i < t.size(); ++i) {
    int d = std::isdigit(static_cast<unsigned char>(t[i])) ? t[i] - '0' : (t[i] | 0x20) - 'a' + 10;
    if (d < 0 || d >= base) return false;
    v = v * base + d;
    if (v > (static_cast<__int128>(1) << 120)) return false;
  }
  out = v;
  return true;
}

}  // namespace

std::string ConstVal::str() const {
  switch (k) {
    case Bool: return b ? "true" : "false";
    case Int: return i128_str(i);
    case Float: {
      char buf[64];
      std::snprintf(buf, sizeof buf, "%g", f);
      return buf;
    }
    case String: {
      std::string q = "\"";
      for (char c : s) {
        if (c == '"' || c == '\\') q += '\\';
        if (c == '\n') { q += "\\n"; continue; }
        q += c;
      }
      return q + "\"";
    }
    default: return "?";
  }
}

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

lang::Pos start_pos(ast::Expr* e) {
  while (e && (e->kind == ExprKind::Call || e->kind == ExprKind::Index || e->kind == ExprKind::Selector ||
               e->kind == ExprKind::Slice || e->kind == ExprKind::TypeAssert || e->kind == ExprKind::Binary ||
               e->kind == ExprKind::KeyValue) && e->x)
    e = e->x;
  return e ? e->pos : lang::Pos{};
}

std::string Compiler::expr_string(ast::Expr* e) {
  if (!e) return "";
  switch (e->kind) {
    case ExprKind::Ident: return e->name;
    case ExprKind::BasicLit: return e->name;
    case ExprKind::Paren: return "(" + expr_string(e->x) + ")";
    case ExprKind::Selector: return expr_string(e->x) + "." + e->name;
    case ExprKind::Index: return expr_string(e->x) + "[" + (e->list.empty() ? "" : expr_string(e->list[0])) + "]";
    case ExprKind::Slice: {
      std::string s = expr_string(e->x) + "[";
      if (e->list.size() > 0 && e->list[0]) s += expr_string(e->list[0]);
      s += ":";
      if (e->list.size() > 1 && e->list[1]) s += expr_string(e->list[1]);
      if (e->three) s += ":" + (e->list.size() > 2 && e->list[2] ? expr_string(e->list[2]) : "");
      return s + "]";
    }
    case ExprKind::TypeAssert: return expr_string(e->x) + ".(" + (e->y ? expr_string(e->y) : "type") + ")";
    case ExprKind::Call: {
      std::string s = expr_string(e->x) + "(";
      for (size_t i = 0; i < e->list.size(); ++i) s += (i ? ", " : "") + expr_string(e->list[i]);
      return s + (e->ellipsis ? "...)" : ")");
    }
    case ExprKind::Star: return "*" + expr_string(e->x);
    case ExprKind::Unary: return std::string(spelling(e->op)) + expr_string(e->x);
    case ExprKind::Binary: return expr_string(e->x) + " " + std::string(spelling(e->op)) + " " + expr_string(e->y);
    case ExprKind::CompositeLit: return (e->type ? expr_string(e->type) : "") + "{…}";
    case ExprKind::FuncLit: return "func literal";
    case ExprKind::ArrayType: return "[" + (e->x ? expr_string(e->x) : "") + "]" + expr_string(e->y);
    case ExprKind::MapType: return "map[" + expr_string(e->x) + "]" + expr_string(e->y);
    case ExprKind::ChanType: return "chan " + expr_string(e->y ? e->y : e->x);
    case ExprKind::InterfaceType: return "interface{}";
    case ExprKind::StructType: return "struct{}";
    case ExprKind::FuncType: return "func()";
    case ExprKind::KeyValue: return expr_string(e->x) + ": " + expr_string(e->y);
    default: return "?";
  }
}

std::string Compiler::describe(const Operand& o) {
  std::string s = expr_string(o.expr);
  switch (o.mode) {
    case Operand::Const: {
      if (o.type->kind == Kind::UntypedNil) return "nil";
      std::string v = o.c.str();
      if (o.type->is_untyped()) {
        if (o.expr && o.expr->kind == ExprKind::BasicLit) return s + " (" + type_string(o.type) + " constant)";
        return s + " (" + type_string(o.type) + " constant " + v + ")";
      }
      if (o.expr && o.expr->kind == ExprKind::BasicLit) return s + " (constant of type " + type_string(o.type) + ")";
      return s + " (constant " + v + " of type " + type_string(o.type) + ")";
    }
    case Operand::NoValue: return s + " (no value)";
    case Operand::TypeExpr: return s + " (type)";
    case Operand::Builtin: return s + " (built-in)";
    case Operand::Multi: return s + " (value of type " + type_string(o.type) + ")";
    default:
      if (o.type && o.type->kind == Kind::UntypedBool) return s + " (untyped bool value)";
      return s + (o.variable ? " (variable of type " : " (value of type ") + (o.type ? type_string(o.type) : "?") + ")";
  }
}

// ---------------------------------------------------------------------------------------------
// Constants

bool Compiler::representable(const ConstVal& c, const Type* t, ConstVal* out) {
  ConstVal v = c;
  const Type* u = t->u();
  if (u->is_bool()) return c.k == ConstVal::Bool && (*out = v, true);
  if (u->is_string()) return c.k == ConstVal::String && (*out = v, true);
  if (u->is_integer()) {
    if (c.k == ConstVal::Float) {
      if (std::trunc(c.f) != c.f || std::fabs(c.f) > 1.8e19) return false;
      v = ConstVal::of_int(static_cast<__int128>(c.f));
    } else if (c.k != ConstVal::Int) {
      return false;
    }
    if (u->kind == Kind::UntypedInt || u->kind == Kind::UntypedRune) return *out = v, true;
    int bits = u->int_bits();
    __int128 lo, hi;
    if (u->is_unsigned()) {
      lo = 0;
      hi = (static_cast<__int128>(1) << bits) - 1;
    } else {
      lo = -(static_cast<__int128>(1) << (bits - 1));
      hi = (static_cast<__int128>(1) << (bits - 1)) - 1;
    }
    if (v.i < lo || v.i > hi) return false;
    *out = v;
    return true;
  }
  if (u->is_float()) {
    if (c.k != ConstVal::Int && c.k != ConstVal::Float) return false;
    v = ConstVal::of_float(c.as_float());
    if (u->kind == Kind::Float32) v.f = static_cast<float>(v.f);
    *out = v;
    return true;
  }
  return false;
}

bool Compiler::convert_const(Operand& o, const Type* t, bool report, const std::string& context) {
  if (o.mode != Operand::Const) return true;
  if (t->kind == Kind::Interface) return true;
  ConstVal out;
  if (o.type->kind == Kind::UntypedNil) return false;
  if (!representable(o.c, t, &out)) {
    if (report) {
      bool numeric = o.c.k == ConstVal::Int || o.c.k == ConstVal::Float;
      if (numeric && t->u()->is_numeric()) {
        bool trunc = o.c.k == ConstVal::Float && t->u()->is_integer() && std::trunc(o.c.f) != o.c.f;
        if (o.type->is_untyped())
          error(o.expr ? o.expr->pos : fs_->cur, "cannot use " + describe(o) + " as " + type_string(t) + " value in " + context + (trunc ? " (truncated)" : " (overflows)"));
        else
          error(o.expr ? o.expr->pos : fs_->cur, "constant " + o.c.str() + " overflows " + type_string(t));
      } else {
        error(o.expr ? o.expr->pos : fs_->cur, "cannot use " + describe(o) + " as " + type_string(t) + " value in " + context);
      }
    }
    return false;
  }
  o.c = out;
  o.type = t;
  return true;
}

void Compiler::const_to_reg(const ConstVal& c, const Type* t, int dst) {
  const Type* u = t->u();
  if (u->kind == Kind::UntypedNil || c.k == ConstVal::None) {
    zero_to_reg(t, dst);
  } else if (c.k == ConstVal::Bool) {
    emit(Op::Int, dst, c.b ? 1 : 0);
  } else if (c.k == ConstVal::String) {
    emit(Op::Const, dst, str_const(c.s));
  } else if (u->is_float()) {
    emit(Op::Const, dst, konst(Value::of_float(c.as_float())));
  } else {
    int64_t v = static_cast<int64_t>(static_cast<uint64_t>(c.i));
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

int Compiler::read(Operand& o, int dst) {
  if (o.mode == Operand::Const) {
    const Type* t = o.type->is_untyped() ? default_type(types_, o.type) : o.type;
    int r = dst >= 0 ? dst : reg();
    const_to_reg(o.c, t, r);
    return r;
  }
  if (o.mode == Operand::Value || o.mode == Operand::Multi) {
    if (dst >= 0 && dst != o.reg) {
      emit(Op::Mov, dst, o.reg);
      return dst;
    }
    return o.reg;
  }
  if (o.ok()) {
    if (o.mode == Operand::NoValue) error(o.expr->pos, describe(o) + " used as value");
    else if (o.mode == Operand::TypeExpr) error(o.expr->pos, expr_string(o.expr) + " (type) is not an expression");
    else if (o.mode == Operand::Builtin) error(o.expr->pos, expr_string(o.expr) + " (built-in function) must be called");
    else if (o.mode == Operand::PkgName) error(o.expr->pos, "use of package " + expr_string(o.expr) + " without selector");
    o.mode = Operand::Invalid;
  }
  return dst >= 0 ? dst : reg();
}

bool Compiler::assignable(Operand& o, const Type* t, std::string* reason) {
  const Type* v = o.type;
  if (!v || !t || v->kind == Kind::Invalid || t->kind == Kind::Invalid) return true;
  if (v == t) return true;
  if (o.mode == Operand::Const && v->is_untyped()) {
    if (v->kind == Kind::UntypedNil) {
      switch (t->kind) {
        case Kind::Pointer: case Kind::Func: case Kind::Slice: case Kind::Map: case Kind::Chan: case Kind::Interface: return true;
        default: return false;
      }
    }
    if (t->kind == Kind::Interface) {
      const Type* d = default_type(types_, v);
      return t->methods.empty() || missing_method(d, t).empty();
    }
    ConstVal out;
    if (representable(o.c, t, &out)) return true;
    if ((o.c.k == ConstVal::Int || o.c.k == ConstVal::Float) && t->u()->is_numeric()) {
      bool trunc = o.c.k == ConstVal::Float && t->u()->is_integer();
      *reason = trunc ? "(truncated)" : "(overflows)";
    }
    return false;
  }
  if (v->kind == Kind::UntypedBool) return t->u()->kind == Kind::Bool || (t->kind == Kind::Interface && t->methods.empty());
  if (t->kind == Kind::Interface) {
    bool wrong_ptr = false;
    std::string m = missing_method(v, t, &wrong_ptr);
    if (m.empty()) return true;
    if (wrong_ptr) *reason = ": " + type_string(v) + " does not implement " + type_string(t) + " (method " + m + " has pointer receiver)";
    else *reason = ": " + type_string(v) + " does not implement " + type_string(t) + " (missing method " + m + ")";
    return false;
  }
  if (v->u() == t->u() && (!v->named() || !t->named()) && v->kind != Kind::Interface) return true;
  if (v->kind == Kind::Chan && t->kind == Kind::Chan && v->dir == Dir::Both && v->elem == t->elem && (!v->named() || !t->named()))
    return true;
  return false;
}

int Compiler::value_to(Operand& o, const Type* t, const std::string& context, int dst) {
  if (!o.ok()) return dst >= 0 ? dst : reg();
  if (o.mode == Operand::Multi) {
    error(o.expr->pos, "multiple-value " + describe(o) + " in single-value context");
    o.mode = Operand::Invalid;
    return dst >= 0 ? dst : reg();
  }
  if (o.mode != Operand::Const && o.mode != Operand::Value) return read(o, dst);
  std::string reason;
  if (!assignable(o, t, &reason)) {
    std::string msg = "cannot use " + describe(o) + " as " + type_string(t) + " value in " + context;
    if (!reason.empty()) msg += (reason[0] == ':' ? "" : " ") + reason;
    error(o.expr ? o.expr->pos : fs_->cur, msg);
    o.mode = Operand::Invalid;
    return dst >= 0 ? dst : reg();
  }
  int r = dst >= 0 ? dst : reg();
  if (o.mode == Operand::Const) {
    if (t->kind == Kind::Interface) {
      if (o.type->kind == Kind::UntypedNil) {
        emit(Op::Zero, r, -1);
        return r;
      }
      const Type* d = default_type(types_, o.type);
      Operand c = o;
      convert_const(c, d, false, context);
      const_to_reg(c.c, d, r);
      emit(Op::Iface, r, r, type_index(d));
      return r;
    }
    Operand c = o;
    if (o.type->is_untyped()) convert_const(c, t, false, context);
    const_to_reg(c.c, t, r);
    return r;
  }
  const Type* v = o.type;
  if (t->kind == Kind::Interface && v->kind != Kind::Interface) {
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
      o.mode = Operand::Const;
      switch (e->op) {
        case Tok::Int:
          o.type = types_.basic(Kind::UntypedInt);
          o.c.k = ConstVal::Int;
          if (!parse_int_lit(e->name, o.c.i)) {
            error(e->pos, "integer constant overflow");
            o.mode = Operand::Invalid;
          }
          return o;
        case Tok::Float: {
          std::string t;
          for (char c : e->name)
            if (c != '_') t += c;
          o.type = types_.basic(Kind::UntypedFloat);
          o.c = ConstVal::of_float(std::strtod(t.c_str(), nullptr));
          if (std::trunc(o.c.f) == o.c.f && std::fabs(o.c.f) < 1e18) {
            // keep floats that are whole numbers exact for integer contexts
          }
          return o;
        }
        case Tok::Char: {
          size_t i = 0;
          o.type = types_.basic(Kind::UntypedRune);
          o.c = ConstVal::of_int(e->value.empty() ? 0 : static_cast<int64_t>(decode_utf8(e->value, i)));
          if (e->value.size() == 1) o.c.i = static_cast<unsigned char>(e->value[0]);
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
      if (in.mode == Operand::Const || in.mode == Operand::TypeExpr) in.expr = e;
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
      if (!x.ok()) return o;
      if (x.type->kind != Kind::Pointer) {
        if (x.mode == Operand::Const && x.type->kind == Kind::UntypedNil) error(e->pos, "invalid operation: cannot indirect nil");
        else error(e->pos, "invalid operation: cannot indirect " + describe(x));
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
      o.mode = Operand::Value;
      o.type = ent->type;
      o.reg = reg();
      emit(Op::FuncVal, o.reg, ent->index);
      return o;
    case Entity::Global: {
      const Type* t = p_.global_types[ent->index];
      if (!t) {
        error(e->pos, "goroscope: " + e->name + " is used before its declaration is initialised");
        return o;
      }
      o.mode = Operand::Value;
      o.type = t;
      o.variable = true;
      o.reg = reg();
      emit(Op::LoadG, o.reg, ent->index);
      return o;
    }
    case Entity::Local: {
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

Operand Compiler::selector(ast::Expr* e) {
  Operand o;
  o.expr = e;
  if (e->x->kind == ExprKind::Ident) {
    Entity* pe = lookup(e->x->name);
    if (pe && pe->k == Entity::Pkg) {
      auto it = pe->pkg->scope.names.find(e->name);
      if (it == pe->pkg->scope.names.end() || !std::isupper(static_cast<unsigned char>(e->name[0]))) {
        if (it != pe->pkg->scope.names.end()) error(e->pos, "name " + e->name + " not exported by package " + pe->pkg->name);
        else error(e->pos, "undefined: " + e->x->name + "." + e->name);
        return o;
      }
      Package* saved = pkg_;
      pkg_ = pe->pkg;
      ast::Expr fake = *e;
      fake.kind = ExprKind::Ident;
      fake.name = e->name;
      // Resolve in the package's scope, but describe the operand as written.
      FuncState* saved_fs = fs_;
      Entity* ent = it->second;
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
            r.type = p_.global_types[ent->index];
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
  if (x.mode == Operand::TypeExpr) {
    error(e->pos, "goroscope does not support method expressions yet");
    return o;
  }
  if (x.mode == Operand::Const && x.type->kind != Kind::UntypedNil) {
    const Type* d = default_type(types_, x.type);
    x.reg = read(x);
    x.mode = Operand::Value;
    x.type = d;
  }
  Selection sel = goro::vm::lookup(x.type, e->name);
  if (sel.kind == Selection::None || sel.kind == Selection::Ambiguous) {
    if (sel.kind == Selection::Ambiguous) error(e->pos, "ambiguous selector " + expr_string(e));
    else if (x.type->kind == Kind::Pointer && x.type->elem->kind == Kind::Pointer)
      error(e->pos, expr_string(e) + " undefined (type " + type_string(x.type) + " has no field or method " + e->name + ")");
    else {
      std::string low = e->name;
      error(e->pos, expr_string(e) + " undefined (type " + type_string(x.type) + " has no field or method " + e->name + ")");
    }
    return o;
  }
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
    o.variable = true;
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
    error(xe->pos, "cannot call pointer method " + m->name + " on " + type_string(cur));
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
      o.type = types_.pointer(p_.global_types[ent->index]);
      o.reg = reg();
      if (p_.global_types[ent->index]->value_boxed()) emit(Op::LoadG, o.reg, ent->index);
      else emit(Op::AddrG, o.reg, ent->index);
      return o;
    }
  }
  if (x->kind == ExprKind::Selector) {
    Operand f = selector(x);
    if (!f.ok()) return o;
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
    error(x->pos, "invalid operation: cannot take address of " + describe(f));
    return Operand{};
  }
  if (x->kind == ExprKind::Index) {
    Operand v = index_expr(x);
    if (!v.ok()) return o;
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
    error(x->pos, "invalid operation: cannot take address of " + describe(v));
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
  if (v.ok()) error(x->pos, "invalid operation: cannot take address of " + describe(v));
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
  if (!x.ok()) return o;
  const Type* t = x.type;
  bool bad = false;
  switch (e->op) {
    case Tok::Sub: case Tok::Add: bad = !t->u()->is_numeric(); break;
    case Tok::Not: bad = !t->u()->is_bool(); break;
    case Tok::Xor: bad = !t->u()->is_integer(); break;
    default: bad = true;
  }
  if (bad || (x.mode != Operand::Const && x.mode != Operand::Value)) {
    error(e->pos, "invalid operation: operator " + std::string(spelling(e->op)) + " not defined on " + describe(x));
    return o;
  }
  if (x.mode == Operand::Const) {
    o = x;
    o.expr = e;
    switch (e->op) {
      case Tok::Sub:
        if (o.c.k == ConstVal::Float) o.c.f = o.c.f == 0 ? 0.0 : -o.c.f;  // constants have no -0
        else o.c.i = -o.c.i;
        break;
      case Tok::Not: o.c.b = !o.c.b; break;
      case Tok::Xor:
        if (t->u()->is_unsigned()) o.c.i = ((static_cast<__int128>(1) << t->u()->int_bits()) - 1) ^ o.c.i;
        else o.c.i = ~o.c.i;
        break;
      default: break;
    }
    if (!t->is_untyped()) {
      ConstVal out;
      if (!representable(o.c, t, &out)) {
        error(e->pos, "constant " + o.c.str() + " overflows " + type_string(t));
        return Operand{};
      }
    }
    return o;
  }
  if (e->op == Tok::Add) return x;
  int r = read(x);
  o.mode = Operand::Value;
  o.type = t;
  o.reg = reg();
  const Type* u = t->u();
  switch (e->op) {
    case Tok::Sub:
      emit(u->is_float() ? Op::FNeg : Op::Neg, o.reg, r);
      break;
    case Tok::Not: emit(Op::Not, o.reg, r); break;
    case Tok::Xor: emit(Op::Compl, o.reg, r); break;
    default: break;
  }
  if (u->is_integer() && (u->int_bits() < 64)) emit(Op::Wrap, o.reg, o.reg, 0, static_cast<int>(u->kind));
  return o;
}

namespace {
bool const_binary(Tok op, const ConstVal& a, const ConstVal& b, bool integer, ConstVal* out, std::string* err) {
  if (a.k == ConstVal::String && b.k == ConstVal::String) {
    if (op == Tok::Add) return *out = ConstVal::of_string(a.s + b.s), true;
    return false;
  }
  if (a.k == ConstVal::Bool) {
    if (op == Tok::LAnd) return *out = ConstVal::of_bool(a.b && b.b), true;
    if (op == Tok::LOr) return *out = ConstVal::of_bool(a.b || b.b), true;
    return false;
  }
  bool fl = !integer && (a.k == ConstVal::Float || b.k == ConstVal::Float);
  if (fl) {
    double x = a.as_float(), y = b.as_float();
    switch (op) {
      case Tok::Add: *out = ConstVal::of_float(x + y); return true;
      case Tok::Sub: *out = ConstVal::of_float(x - y); return true;
      case Tok::Mul: *out = ConstVal::of_float(x * y); return true;
      case Tok::Quo:
        if (y == 0) return *err = "invalid operation: division by zero", false;
        *out = ConstVal::of_float(x / y);
        return true;
      default: return false;
    }
  }
  __int128 x = a.k == ConstVal::Float ? static_cast<__int128>(a.f) : a.i;
  __int128 y = b.k == ConstVal::Float ? static_cast<__int128>(b.f) : b.i;
  switch (op) {
    case Tok::Add: *out = ConstVal::of_int(x + y); return true;
    case Tok::Sub: *out = ConstVal::of_int(x - y); return true;
    case Tok::Mul: *out = ConstVal::of_int(x * y); return true;
    case Tok::Quo:
      if (y == 0) return *err = "invalid operation: division by zero", false;
      *out = ConstVal::of_int(x / y);
      return true;
    case Tok::Rem:
      if (y == 0) return *err = "invalid operation: division by zero", false;
      *out = ConstVal::of_int(x % y);
      return true;
    case Tok::And: *out = ConstVal::of_int(x & y); return true;
    case Tok::Or: *out = ConstVal::of_int(x | y); return true;
    case Tok::Xor: *out = ConstVal::of_int(x ^ y); return true;
    case Tok::AndNot: *out = ConstVal::of_int(x & ~y); return true;
    case Tok::Shl:
      if (y < 0 || y > 120) return *err = "invalid shift count", false;
      *out = ConstVal::of_int(x << static_cast<int>(y));
      return true;
    case Tok::Shr:
      if (y < 0) return *err = "invalid shift count", false;
      *out = ConstVal::of_int(y > 126 ? (x < 0 ? -1 : 0) : x >> static_cast<int>(y));
      return true;
    default: return false;
  }
}

int rank(Kind k) {
  switch (k) {
    case Kind::UntypedInt: return 1;
    case Kind::UntypedRune: return 2;
    case Kind::UntypedFloat: return 3;
    default: return 0;
  }
}
}  // namespace

Operand Compiler::binary(ast::Expr* e, const Type* hint) {
  Operand o;
  o.expr = e;
  Tok op = e->op;
  if (op == Tok::LAnd || op == Tok::LOr) {
    Operand x = expr(e->x);
    if (!x.ok()) return o;
    if (!x.type->u()->is_bool()) {
      error(e->pos, "invalid operation: operator " + std::string(spelling(op)) + " not defined on " + describe(x));
      return o;
    }
    if (x.mode == Operand::Const) {
      Operand y = expr(e->y);
      if (!y.ok()) return o;
      if (y.mode == Operand::Const) {
        o = x;
        o.expr = e;
        o.c.b = op == Tok::LAnd ? x.c.b && y.c.b : x.c.b || y.c.b;
        return o;
      }
    }
    int dst = reg();
    read(x, dst);
    size_t j = emit(op == Tok::LAnd ? Op::JF : Op::JT, dst, 0);
    Operand y = expr(e->y);
    if (!y.ok()) return o;
    if (!y.type->u()->is_bool()) {
      error(e->pos, "invalid operation: operator " + std::string(spelling(op)) + " not defined on " + describe(y));
      return o;
    }
    read(y, dst);
    patch_b(j);
    o.mode = Operand::Value;
    o.type = x.type->is_untyped() ? y.type : x.type;
    o.reg = dst;
    return o;
  }
  bool cmp = op == Tok::Eql || op == Tok::Neq || op == Tok::Lss || op == Tok::Leq || op == Tok::Gtr || op == Tok::Geq;
  bool shift = op == Tok::Shl || op == Tok::Shr;
  Operand x = expr(e->x, cmp || shift ? nullptr : hint);
  Operand y = expr(e->y, cmp || shift ? nullptr : hint);
  if (!x.ok() || !y.ok()) return o;
  for (Operand* p : {&x, &y}) {
    if (p->mode != Operand::Const && p->mode != Operand::Value) {
      read(*p);
      return o;
    }
  }
  if (cmp) return comparison(e, x, y);
  if (shift) {
    if (!y.type->u()->is_integer() && !(y.mode == Operand::Const && y.c.k == ConstVal::Float && std::trunc(y.c.f) == y.c.f)) {
      error(e->y->pos, "invalid operation: shift count " + describe(y) + " must be integer");
      return o;
    }
    if (y.mode == Operand::Const && y.c.k == ConstVal::Int && y.c.i < 0) {
      error(e->y->pos, "invalid operation: negative shift count " + describe(y));
      return o;
    }
    if (x.mode == Operand::Const && y.mode == Operand::Const) {
      if (x.c.k == ConstVal::Float && std::trunc(x.c.f) == x.c.f) x.c = ConstVal::of_int(static_cast<__int128>(x.c.f));
      if (x.c.k != ConstVal::Int) {
        error(e->pos, "invalid operation: shifted operand " + describe(x) + " must be integer");
        return o;
      }
      std::string err;
      ConstVal out;
      if (!const_binary(op, x.c, y.c.k == ConstVal::Int ? y.c : ConstVal::of_int(static_cast<__int128>(y.c.f)), true, &out, &err)) {
        error(e->pos, err);
        return o;
      }
      o.mode = Operand::Const;
      o.type = x.type->kind == Kind::UntypedFloat ? types_.basic(Kind::UntypedInt) : x.type;
      o.c = out;
      if (!x.type->is_untyped() && !representable(out, x.type, &out)) {
        error(e->pos, "constant " + o.c.str() + " overflows " + type_string(x.type));
        return Operand{};
      }
      return o;
    }
    const Type* t = x.type;
    if (x.mode == Operand::Const && t->is_untyped()) {
      t = hint && hint->u()->is_integer() ? hint : types_.basic(Kind::Int);
      if (!convert_const(x, t, true, "shift")) return o;
    }
    if (!t->u()->is_integer()) {
      error(e->pos, "invalid operation: shifted operand " + describe(x) + " must be integer");
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
  // Arithmetic: both operands get one type.
  if (x.mode == Operand::Const && y.mode == Operand::Const && x.type->is_untyped() && y.type->is_untyped()) {
    const Type* t = rank(x.type->kind) >= rank(y.type->kind) ? x.type : y.type;
    if (x.type->kind == Kind::UntypedString || y.type->kind == Kind::UntypedString) t = x.type;
    if ((x.c.k == ConstVal::String) != (y.c.k == ConstVal::String) || (x.c.k == ConstVal::Bool) != (y.c.k == ConstVal::Bool)) {
      error(start_pos(e), "invalid operation: " + expr_string(e) + " (mismatched types " + type_string(x.type) + " and " + type_string(y.type) + ")");
      return o;
    }
    std::string err;
    ConstVal out;
    bool integer = t->kind == Kind::UntypedInt || t->kind == Kind::UntypedRune;
    if (op == Tok::Rem && !integer) {
      error(e->pos, "invalid operation: operator % not defined on " + describe(x));
      return o;
    }
    if (!const_binary(op, x.c, y.c, integer, &out, &err)) {
      error(e->pos, err.empty() ? "invalid operation: operator " + std::string(spelling(op)) + " not defined on " + describe(x) : err);
      return o;
    }
    o.mode = Operand::Const;
    o.type = t;
    o.c = out;
    return o;
  }
  if (x.mode == Operand::Const && x.type->is_untyped() && !y.type->is_untyped()) {
    if (!convert_const(x, y.type, false, "")) {
      ConstVal tmp;
      if (x.type->kind == Kind::UntypedNil || !representable(x.c, y.type, &tmp)) {
        if (x.c.k != ConstVal::None && y.type->u()->is_numeric() && (x.c.k == ConstVal::Int || x.c.k == ConstVal::Float))
          error(e->x->pos, "cannot use " + describe(x) + " as " + type_string(y.type) + " value in " + "operation" + (x.c.k == ConstVal::Float && y.type->u()->is_integer() ? " (truncated)" : " (overflows)"));
        else
          error(start_pos(e), "invalid operation: " + expr_string(e) + " (mismatched types " + type_string(x.type) + " and " + type_string(y.type) + ")");
        return o;
      }
    }
  } else if (y.mode == Operand::Const && y.type->is_untyped() && !x.type->is_untyped()) {
    if (!convert_const(y, x.type, false, "")) {
      if (y.c.k != ConstVal::None && x.type->u()->is_numeric() && (y.c.k == ConstVal::Int || y.c.k == ConstVal::Float))
        error(e->y->pos, "cannot use " + describe(y) + " as " + type_string(x.type) + " value in " + "operation" + (y.c.k == ConstVal::Float && x.type->u()->is_integer() ? " (truncated)" : " (overflows)"));
      else
        error(start_pos(e), "invalid operation: " + expr_string(e) + " (mismatched types " + type_string(x.type) + " and " + type_string(y.type) + ")");
      return o;
    }
  } else if (x.type->is_untyped() != y.type->is_untyped()) {
    // untyped non-constant (a comparison's bool) meets a typed operand
    if (x.type->is_untyped()) x.type = y.type;
    else y.type = x.type;
  }
  if (x.type != y.type) {
    if (x.type->is_untyped() && y.type->is_untyped()) {
      x.type = y.type = default_type(types_, rank(x.type->kind) >= rank(y.type->kind) ? x.type : y.type);
    } else {
      error(start_pos(e), "invalid operation: " + expr_string(e) + " (mismatched types " + type_string(x.type) + " and " + type_string(y.type) + ")");
      return o;
    }
  }
  const Type* t = x.type;
  const Type* u = t->u();
  bool ok;
  switch (op) {
    case Tok::Add: ok = u->is_numeric() || u->is_string(); break;
    case Tok::Sub: case Tok::Mul: case Tok::Quo: ok = u->is_numeric(); break;
    case Tok::Rem: case Tok::And: case Tok::Or: case Tok::Xor: case Tok::AndNot: ok = u->is_integer(); break;
    default: ok = false;
  }
  if (!ok) {
    error(e->pos, "invalid operation: operator " + std::string(spelling(op)) + " not defined on " + describe(x));
    return o;
  }
  if (x.mode == Operand::Const && y.mode == Operand::Const) {
    std::string err;
    ConstVal out;
    if (!const_binary(op, x.c, y.c, u->is_integer(), &out, &err)) {
      error(e->pos, err);
      return o;
    }
    ConstVal fit;
    if (!representable(out, t, &fit)) {
      error(e->pos, "constant " + out.str() + " overflows " + type_string(t));
      return o;
    }
    o.mode = Operand::Const;
    o.type = t;
    o.c = fit;
    return o;
  }
  if ((op == Tok::Quo || op == Tok::Rem) && y.mode == Operand::Const && u->is_integer() && y.c.i == 0) {
    error(e->y->pos, "invalid operation: division by zero");
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

Operand Compiler::comparison(ast::Expr* e, Operand& x, Operand& y) {
  Operand o;
  o.expr = e;
  Tok op = e->op;
  bool eq = op == Tok::Eql || op == Tok::Neq;
  auto mismatch = [&]() {
    error(start_pos(e), "invalid operation: " + expr_string(e) + " (mismatched types " + type_string(x.type) + " and " + type_string(y.type) + ")");
    return o;
  };
  bool xnil = x.mode == Operand::Const && x.type->kind == Kind::UntypedNil;
  bool ynil = y.mode == Operand::Const && y.type->kind == Kind::UntypedNil;
  if (x.mode == Operand::Const && y.mode == Operand::Const && !xnil && !ynil) {
    if ((x.c.k == ConstVal::String) != (y.c.k == ConstVal::String) || (x.c.k == ConstVal::Bool) != (y.c.k == ConstVal::Bool)) return mismatch();
    if (!x.type->is_untyped() && !y.type->is_untyped() && x.type != y.type) return mismatch();
    bool r;
    if (x.c.k == ConstVal::String) {
      int c = x.c.s.compare(y.c.s);
      r = op == Tok::Eql ? c == 0 : op == Tok::Neq ? c != 0 : op == Tok::Lss ? c < 0 : op == Tok::Leq ? c <= 0 : op == Tok::Gtr ? c > 0 : c >= 0;
    } else if (x.c.k == ConstVal::Bool) {
      if (!eq) {
        error(e->pos, "invalid operation: operator " + std::string(spelling(op)) + " not defined on " + describe(x));
        return o;
      }
      r = (x.c.b == y.c.b) == (op == Tok::Eql);
    } else if (x.c.k == ConstVal::Float || y.c.k == ConstVal::Float) {
      double a = x.c.as_float(), b = y.c.as_float();
      r = op == Tok::Eql ? a == b : op == Tok::Neq ? a != b : op == Tok::Lss ? a < b : op == Tok::Leq ? a <= b : op == Tok::Gtr ? a > b : a >= b;
    } else {
      __int128 a = x.c.i, b = y.c.i;
      r = op == Tok::Eql ? a == b : op == Tok::Neq ? a != b : op == Tok::Lss ? a < b : op == Tok::Leq ? a <= b : op == Tok::Gtr ? a > b : a >= b;
    }
    o.mode = Operand::Const;
    o.type = types_.basic(Kind::UntypedBool);
    o.c = ConstVal::of_bool(r);
    return o;
  }
  const Type* t = nullptr;
  if (xnil || ynil) {
    Operand& other = xnil ? y : x;
    if (xnil && ynil) {
      error(e->pos, "invalid operation: " + expr_string(e) + " (operator " + std::string(spelling(op)) + " not defined on nil)");
      return o;
    }
    std::string reason;
    Operand& nilop = xnil ? x : y;
    if (!assignable(nilop, other.type, &reason)) return mismatch();
    t = other.type;
  } else if (x.mode == Operand::Const && x.type->is_untyped()) {
    std::string reason;
    if (!assignable(x, y.type, &reason)) return mismatch();
    t = y.type;
  } else if (y.mode == Operand::Const && y.type->is_untyped()) {
    std::string reason;
    if (!assignable(y, x.type, &reason)) return mismatch();
    t = x.type;
  } else if (x.type == y.type) {
    t = x.type;
  } else if (x.type->is_untyped() && !y.type->is_untyped()) {
    t = y.type;
  } else if (y.type->is_untyped() && !x.type->is_untyped()) {
    t = x.type;
  } else if (x.type->kind == Kind::Interface && !y.type->is_interface()) {
    std::string r;
    if (!assignable(y, x.type, &r)) return mismatch();
    t = x.type;
  } else if (y.type->kind == Kind::Interface && !x.type->is_interface()) {
    std::string r;
    if (!assignable(x, y.type, &r)) return mismatch();
    t = y.type;
  } else {
    std::string r;
    if (assignable(x, y.type, &r)) t = y.type;
    else if (assignable(y, x.type, &r)) t = x.type;
    else return mismatch();
  }
  if (t->is_untyped()) t = default_type(types_, t);
  const Type* u = t->u();
  if (!eq && !(u->is_numeric() || u->is_string())) {
    error(e->pos, "invalid operation: " + expr_string(e) + " (operator " + std::string(spelling(op)) + " not defined on " + describe(x) + ")");
    return o;
  }
  if (eq && !xnil && !ynil && !u->comparable()) {
    const char* what = u->kind == Kind::Slice ? "slice" : u->kind == Kind::Map ? "map" : "func";
    error(e->pos, "invalid operation: " + expr_string(e) + " (" + what + " can only be compared to nil)");
    return o;
  }
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
