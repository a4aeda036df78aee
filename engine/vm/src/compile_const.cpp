// Constant values and conversions as Go 1.19 defines them: exact arithmetic (go/constant), which
// values a type can represent (types2's representableConst), what an untyped operand becomes in
// a context (implicitTypeAndValue) and the messages when it cannot.
#include <cmath>
#include <cstdio>

#include "compiler_class.h"

namespace goro::vm {

namespace {
const BigInt& one() {
  static const BigInt v = BigInt::of(1);
  return v;
}
}  // namespace

// ---------------------------------------------------------------------------------------------
// ConstVal

ConstVal ConstVal::to_int() const {
  if (k == Int) return *this;
  if (k == Float && f.is_int()) return of_int(f.num());
  return ConstVal{};
}

ConstVal ConstVal::to_float() const {
  if (k == Int) return of_float(Rat(i));
  return *this;
}

bool ConstVal::int64(int64_t* out) const {
  ConstVal v = to_int();
  if (v.k != Int || !v.i.fits_i64()) return false;
  *out = v.i.to_i64();
  return true;
}

double ConstVal::f64() const {
  double d = 0;
  if (k == Int) Rat(i).to_double(&d);
  else if (k == Float) f.to_double(&d);
  return d;
}

std::string ConstVal::str() const {
  switch (k) {
    case Bool: return b ? "true" : "false";
    case Int: return i.str();
    case Float: {
      double d;
      char buf[64];
      if (f.to_double(&d) && (d != 0 || f.sign() == 0)) {
        std::snprintf(buf, sizeof buf, "%.6g", d);
        return buf;
      }
      // Beyond float64: mantissa and decimal exponent, as go/constant approximates them.
      double m = f.sign() < 0 ? -1 : 1;
      long e = static_cast<long>(std::floor((f.num().bit_len() - f.den().bit_len()) * 0.30102999566398119521));
      Rat scale = e >= 0 ? Rat(BigInt::of(10)) : Rat(one(), BigInt::of(10));
      Rat p(one());
      for (long n = 0; n < (e < 0 ? -e : e); ++n) p = p * scale;
      Rat q = f / p;
      q.to_double(&m);
      if (std::fabs(m) >= 10) m /= 10, ++e;
      if (std::fabs(m) < 1 - 0.5e-6) m *= 10, --e;
      std::snprintf(buf, sizeof buf, "%.6ge%+ld", m, e);
      return buf;
    }
    case String: {
      // strconv.Quote, cut after 72 runes.
      std::string q = "\"";
      for (size_t n = 0; n < s.size(); ++n) {
        unsigned char c = static_cast<unsigned char>(s[n]);
        switch (c) {
          case '"': q += "\\\""; break;
          case '\\': q += "\\\\"; break;
          case '\n': q += "\\n"; break;
          case '\t': q += "\\t"; break;
          case '\r': q += "\\r"; break;
          case '\a': q += "\\a"; break;
          case '\b': q += "\\b"; break;
          case '\f': q += "\\f"; break;
          case '\v': q += "\\v"; break;
          default:
            if (c < 0x20 || c == 0x7f) {
              char buf[8];
              std::snprintf(buf, sizeof buf, "\\x%02x", c);
              q += buf;
            } else {
              q += static_cast<char>(c);
            }
        }
      }
      q += '"';
      size_t runes = 0, cut = std::string::npos;
      for (size_t n = 0; n < q.size(); ++n) {
        if ((static_cast<unsigned char>(q[n]) & 0xC0) == 0x80) continue;
        if (runes == 69) cut = n;
        ++runes;
      }
      if (runes > 72 && cut != std::string::npos) q = q.substr(0, cut) + "...";
      return q;
    }
    default: return "unknown";
  }
}

std::string const_key(const ConstVal& c) {
  // types2's keyVal: equal values of different kinds (1, 1.0) are the same key
  switch (c.k) {
    case ConstVal::Bool: return c.b ? "btrue" : "bfalse";
    case ConstVal::String: return "s" + c.s;
    case ConstVal::Int: return "i" + c.i.str();
    case ConstVal::Float: return c.f.is_int() ? "i" + c.f.num().str() : "f" + c.f.num().str() + "/" + c.f.den().str();
    default: return "";
  }
}

// ---------------------------------------------------------------------------------------------
// Operations (go/constant's UnaryOp, BinaryOp, Shift, Compare)

ConstVal const_unary(Tok op, const ConstVal& y, int unsigned_bits) {
  switch (op) {
    case Tok::Add: return y;
    case Tok::Sub:
      if (y.k == ConstVal::Int) return ConstVal::of_int(-y.i);
      if (y.k == ConstVal::Float) return ConstVal::of_float(-y.f);
      return ConstVal{};
    case Tok::Xor: {
      if (y.k != ConstVal::Int) return ConstVal{};
      BigInt z = y.i.bit_not();
      // For unsigned types the result is limited to the type's width.
      if (unsigned_bits > 0) z = z & (one().shl(static_cast<unsigned>(unsigned_bits)) - one());
      return ConstVal::of_int(z);
    }
    case Tok::Not: return y.k == ConstVal::Bool ? ConstVal::of_bool(!y.b) : ConstVal{};
    default: return ConstVal{};
  }
}

ConstVal const_binary(const ConstVal& x, Tok op, const ConstVal& y, bool int_div) {
  if (x.k == ConstVal::Bool && y.k == ConstVal::Bool) {
    if (op == Tok::LAnd) return ConstVal::of_bool(x.b && y.b);
    if (op == Tok::LOr) return ConstVal::of_bool(x.b || y.b);
    return ConstVal{};
  }
  if (x.k == ConstVal::String && y.k == ConstVal::String) {
    if (op == Tok::Add) return ConstVal::of_string(x.s + y.s);
    return ConstVal{};
  }
  if (!x.numeric() || !y.numeric()) return ConstVal{};
  if (x.k == ConstVal::Int && y.k == ConstVal::Int) {
    const BigInt& a = x.i;
    const BigInt& b = y.i;
    BigInt q, r;
    switch (op) {
      case Tok::Add: return ConstVal::of_int(a + b);
      case Tok::Sub: return ConstVal::of_int(a - b);
      case Tok::Mul: return ConstVal::of_int(a * b);
      case Tok::Quo:
        if (b.is_zero()) return ConstVal{};
        if (!int_div) return ConstVal::of_float(Rat(a, b));
        BigInt::quo_rem(a, b, &q, nullptr);
        return ConstVal::of_int(q);
      case Tok::Rem:
        if (b.is_zero()) return ConstVal{};
        BigInt::quo_rem(a, b, nullptr, &r);
        return ConstVal::of_int(r);
      case Tok::And: return ConstVal::of_int(a & b);
      case Tok::Or: return ConstVal::of_int(a | b);
      case Tok::Xor: return ConstVal::of_int(a ^ b);
      case Tok::AndNot: return ConstVal::of_int(a.and_not(b));
      default: return ConstVal{};
    }
  }
  Rat a = x.to_float().f, b = y.to_float().f;
  switch (op) {
    case Tok::Add: return ConstVal::of_float(a + b);
    case Tok::Sub: return ConstVal::of_float(a - b);
    case Tok::Mul: return ConstVal::of_float(a * b);
    case Tok::Quo:
      if (b.sign() == 0) return ConstVal{};
      return ConstVal::of_float(a / b);
    default: return ConstVal{};
  }
}

ConstVal const_shift(const ConstVal& x, Tok op, unsigned s) {
  ConstVal v = x.to_int();
  if (v.k != ConstVal::Int) return ConstVal{};
  return ConstVal::of_int(op == Tok::Shl ? v.i.shl(s) : v.i.shr(s));
}

bool const_compare(const ConstVal& x, Tok op, const ConstVal& y) {
  int c = 0;
  if (x.k == ConstVal::Bool) {
    c = x.b == y.b ? 0 : 1;
  } else if (x.k == ConstVal::String) {
    c = x.s.compare(y.s);
    c = c < 0 ? -1 : c > 0;
  } else if (x.k == ConstVal::Int && y.k == ConstVal::Int) {
    c = BigInt::cmp(x.i, y.i);
  } else {
    c = Rat::cmp(x.to_float().f, y.to_float().f);
  }
  switch (op) {
    case Tok::Eql: return c == 0;
    case Tok::Neq: return c != 0;
    case Tok::Lss: return c < 0;
    case Tok::Leq: return c <= 0;
    case Tok::Gtr: return c > 0;
    case Tok::Geq: return c >= 0;
    default: return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Representability and implicit conversion

bool Compiler::representable(const ConstVal& c, const Type* t, ConstVal* rounded) {
  const Type* u = t->u();
  if (c.k == ConstVal::None) return u->kind == Kind::Invalid;
  if (u->is_integer()) {
    ConstVal v = c.to_int();
    if (v.k != ConstVal::Int) return false;
    if (rounded) *rounded = v;
    if (u->kind == Kind::UntypedInt || u->kind == Kind::UntypedRune) return true;
    int bits = u->int_bits();
    if (u->is_unsigned()) return v.i.sign() >= 0 && v.i.bit_len() <= bits;
    // signed: -2^(bits-1) <= v < 2^(bits-1)
    BigInt lim = one().shl(static_cast<unsigned>(bits - 1));
    return !(v.i < -lim) && v.i < lim;
  }
  if (u->is_float()) {
    if (!c.numeric()) return false;
    ConstVal v = c.to_float();
    if (u->kind == Kind::UntypedFloat) {
      if (rounded) *rounded = v;
      return true;
    }
    if (u->kind == Kind::Float32) {
      float f;
      if (!v.f.to_float32(&f)) return false;
      if (rounded) *rounded = ConstVal::of_float(Rat::of_double(f));
      return true;
    }
    double d;
    if (!v.f.to_double(&d)) return false;
    if (rounded) *rounded = ConstVal::of_float(Rat::of_double(d));
    return true;
  }
  if (u->is_string()) return c.k == ConstVal::String;
  if (u->is_bool()) return c.k == ConstVal::Bool;
  return false;
}

Compiler::Conv Compiler::representation(const Operand& x, const Type* t, ConstVal* v) {
  *v = x.c;
  if (!representable(x.c, t, v)) {
    if (x.type->is_numeric() && t->u()->is_numeric()) {
      // integer -> integer: overflows; float -> integer: truncated; float -> float: overflows
      if (!x.type->is_integer() && t->u()->is_integer()) return Conv::Truncated;
      return Conv::Overflows;
    }
    return Conv::Invalid;
  }
  return Conv::Ok;
}

bool has_nil(const Type* t) {
  switch (t->u()->kind) {
    case Kind::Slice: case Kind::Pointer: case Kind::Func: case Kind::Map: case Kind::Chan: case Kind::Interface:
      return true;
    default: return false;
  }
}

const Type* Compiler::implicit_type(const Operand& x, const Type* target, Conv* code, ConstVal* v) {
  *code = Conv::Ok;
  if (v) *v = x.c;
  if (!x.ok() || !x.type->is_untyped() || target->kind == Kind::Invalid) return x.type;
  if (target->is_untyped()) {
    // both untyped
    Kind xk = x.type->kind, tk = target->kind;
    if (x.type->is_numeric() && target->is_numeric()) {
      if (xk < tk) return target;
    } else if (xk != tk) {
      *code = Conv::Invalid;
      return nullptr;
    }
    return x.type;
  }
  if (x.is_nil) {
    if (has_nil(target)) return target;
    *code = Conv::Invalid;
    return nullptr;
  }
  const Type* u = target->u();
  if (u->kind == Kind::Interface) {
    // Values in interfaces have concrete types: the default type (nil was handled above).
    if (!u->methods.empty()) {
      *code = Conv::Invalid;
      return nullptr;
    }
    return default_type(types_, x.type);
  }
  if (!(u->kind >= Kind::Bool && u->kind <= Kind::String)) {
    *code = Conv::Invalid;
    return nullptr;
  }
  if (x.mode == Operand::Const) {
    ConstVal r;
    *code = representation(x, u, &r);
    if (*code != Conv::Ok) return nullptr;
    if (v) *v = r;
    return target;
  }
  // Untyped non-constant values: comparison results (untyped bool) and non-constant shifts.
  bool ok = x.type->kind == Kind::UntypedBool ? u->is_bool()
            : x.type->is_numeric()            ? u->is_numeric()
            : x.type->kind == Kind::UntypedString ? u->is_string()
                                                   : false;
  if (!ok) {
    *code = Conv::Invalid;
    return nullptr;
  }
  return target;
}

void Compiler::invalid_conversion(Conv code, const Operand& x, const Type* t) {
  const char* fmt = code == Conv::Truncated ? " truncated to " : code == Conv::Overflows ? " overflows " : nullptr;
  if (fmt) error(start_pos(x.expr), describe(x) + fmt + tstr(t));
  else error(start_pos(x.expr), "cannot convert " + describe(x) + " to " + tstr(t));
}

bool Compiler::convert_untyped(Operand& x, const Type* target) {
  Conv code;
  ConstVal v;
  const Type* t = implicit_type(x, target, &code, &v);
  if (code != Conv::Ok) {
    invalid_conversion(code, x, target->is_untyped() ? target : target->u());
    x.mode = Operand::Invalid;
    return false;
  }
  if (x.mode == Operand::Const) x.c = v;
  x.type = t;
  return true;
}

bool Compiler::check_overflow(Operand& x, ast::Expr* op_expr) {
  // Typed constants must be representable after every operation; untyped integers must not
  // grow past 512 bits (types2's overflow).
  if (!x.type->is_untyped()) {
    ConstVal v;
    Conv code = representation(x, x.type->u(), &v);
    if (code != Conv::Ok) {
      invalid_conversion(code, x, x.type->u());
      x.mode = Operand::Invalid;
      return false;
    }
    x.c = v;
    return true;
  }
  if (x.c.k == ConstVal::Int && x.c.i.bit_len() > 512) {
    const char* name = "";
    if (op_expr && op_expr->kind == ast::ExprKind::Binary) {
      switch (op_expr->op) {
        case Tok::Add: name = "addition "; break;
        case Tok::Sub: name = "subtraction "; break;
        case Tok::Xor: name = "bitwise XOR "; break;
        case Tok::Mul: name = "multiplication "; break;
        case Tok::Shl: name = "shift "; break;
        default: break;
      }
    } else if (op_expr && op_expr->kind == ast::ExprKind::Unary && op_expr->op == Tok::Xor) {
      name = "bitwise complement ";
    }
    lang::Pos at = op_expr && (op_expr->kind == ast::ExprKind::Binary || op_expr->kind == ast::ExprKind::Unary) ? op_expr->pos : start_pos(op_expr);
    error(at, std::string("constant ") + name + "overflow");
    x.mode = Operand::Invalid;
    return false;
  }
  if (x.c.k == ConstVal::Float && x.c.f.bits() > 4096) {
    error(start_pos(op_expr), "constant result is not representable");
    x.mode = Operand::Invalid;
    return false;
  }
  return true;
}

}  // namespace goro::vm
