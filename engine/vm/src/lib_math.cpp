// Packages math and math/rand: math's float64 functions (gomath for those whose last bit
// depends on the algorithm), and the seeding constants of math/rand's generator, whose
// algorithm is Go in the prelude.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "gomath.h"
#include "lib.h"

namespace goro::vm::lib {

namespace {

#include "rand_cooked.inc"

#define MATH1(name, expr)          \
  N name(Interp&, Value* a, int) { \
    double x = a[0].f;             \
    a[0] = Value::of_float(expr);  \
    return N::Done;                \
  }
#define MATH2(name, expr)          \
  N name(Interp&, Value* a, int) { \
    double x = a[0].f, y = a[1].f; \
    a[0] = Value::of_float(expr);  \
    return N::Done;                \
  }

// Go's Round: half away from zero; RoundToEven: half to even (the current FP mode's nearbyint).
double round_even(double x) { return std::nearbyint(x); }

MATH1(m_sqrt, std::sqrt(x))
MATH1(m_abs, std::fabs(x))
MATH1(m_floor, std::floor(x))
MATH1(m_ceil, std::ceil(x))
MATH1(m_trunc, std::trunc(x))
MATH1(m_round, std::round(x))
MATH1(m_round_even, round_even(x))
MATH1(m_log, gomath::log(x))
MATH1(m_log2, gomath::log2(x))
MATH1(m_log10, gomath::log10(x))
MATH1(m_log1p, gomath::log1p(x))
MATH1(m_exp, gomath::exp(x))
MATH1(m_exp2, std::exp2(x))
MATH1(m_expm1, std::expm1(x))
MATH1(m_sin, gomath::sin(x))
MATH1(m_cos, gomath::cos(x))
MATH1(m_tan, gomath::tan(x))
MATH1(m_asin, gomath::asin(x))
MATH1(m_acos, gomath::acos(x))
MATH1(m_atan, gomath::atan(x))
MATH1(m_sinh, std::sinh(x))
MATH1(m_cosh, std::cosh(x))
MATH1(m_tanh, std::tanh(x))
MATH1(m_cbrt, gomath::cbrt(x))
MATH2(m_pow, gomath::pow(x, y))
MATH2(m_atan2, gomath::atan2(x, y))
MATH2(m_hypot, gomath::hypot(x, y))
MATH2(m_mod, std::fmod(x, y))
MATH2(m_remainder, std::remainder(x, y))
MATH2(m_copysign, std::copysign(x, y))
MATH2(m_dim, std::isnan(x) || std::isnan(y) ? NAN : (x - y <= 0 ? 0 : x - y))

// Max and Min: NaN wins, then the sign of zero decides (Max(-0, 0) is 0, Min(-0, 0) is -0).
N m_max(Interp&, Value* a, int) {
  double x = a[0].f, y = a[1].f;
  double r;
  if (std::isinf(x) && x > 0) r = x;
  else if (std::isinf(y) && y > 0) r = y;
  else if (std::isnan(x) || std::isnan(y)) r = NAN;
  else if (x == 0 && x == y) r = std::signbit(x) ? y : x;
  else r = x > y ? x : y;
  a[0] = Value::of_float(r);
  return N::Done;
}
N m_min(Interp&, Value* a, int) {
  double x = a[0].f, y = a[1].f;
  double r;
  if (std::isinf(x) && x < 0) r = x;
  else if (std::isinf(y) && y < 0) r = y;
  else if (std::isnan(x) || std::isnan(y)) r = NAN;
  else if (x == 0 && x == y) r = std::signbit(x) ? x : y;
  else r = x < y ? x : y;
  a[0] = Value::of_float(r);
  return N::Done;
}
N m_inf(Interp&, Value* a, int) { a[0] = Value::of_float(a[0].i >= 0 ? INFINITY : -INFINITY); return N::Done; }
N m_nan(Interp&, Value* a, int) { a[0] = Value::of_float(NAN); return N::Done; }
N m_isnan(Interp&, Value* a, int) { a[0] = Value::of_bool(std::isnan(a[0].f)); return N::Done; }
N m_isinf(Interp&, Value* a, int) {
  double f = a[0].f;
  int64_t s = a[1].i;
  a[0] = Value::of_bool((s >= 0 && f == INFINITY) || (s <= 0 && f == -INFINITY));
  return N::Done;
}
N m_signbit(Interp&, Value* a, int) { a[0] = Value::of_bool(std::signbit(a[0].f)); return N::Done; }
N m_modf(Interp&, Value* a, int) {
  double i;
  double f = std::modf(a[0].f, &i);
  a[0] = Value::of_float(i);
  a[1] = Value::of_float(f);
  return N::Done;
}
N m_frexp(Interp&, Value* a, int) {
  int e = 0;
  double f = std::isinf(a[0].f) || std::isnan(a[0].f) ? a[0].f : std::frexp(a[0].f, &e);
  a[0] = Value::of_float(f);
  a[1] = Value::of_int(e);
  return N::Done;
}
N m_ldexp(Interp&, Value* a, int) {
  int64_t e = std::clamp<int64_t>(a[1].i, -100000, 100000);
  a[0] = Value::of_float(std::ldexp(a[0].f, static_cast<int>(e)));
  return N::Done;
}
N m_nextafter(Interp&, Value* a, int) {
  a[0] = Value::of_float(std::nextafter(a[0].f, a[1].f));
  return N::Done;
}
N m_float64bits(Interp&, Value* a, int) {
  uint64_t b;
  std::memcpy(&b, &a[0].f, sizeof b);
  a[0].u = b;
  return N::Done;
}
N m_float64frombits(Interp&, Value* a, int) {
  double f;
  std::memcpy(&f, &a[0].u, sizeof f);
  a[0] = Value::of_float(f);
  return N::Done;
}
N m_float32bits(Interp&, Value* a, int) {
  float g = static_cast<float>(a[0].f);
  uint32_t b;
  std::memcpy(&b, &g, sizeof b);
  a[0].u = b;
  return N::Done;
}
N m_float32frombits(Interp&, Value* a, int) {
  uint32_t b = static_cast<uint32_t>(a[0].u);
  float g;
  std::memcpy(&g, &b, sizeof g);
  a[0] = Value::of_float(g);
  return N::Done;
}

N rand_cooked(Interp&, Value* a, int) {
  int64_t i = a[0].i;
  a[0] = Value::of_int(i >= 0 && i < 607 ? kRandCooked[i] : 0);
  return N::Done;
}

const NativeEntry kMath[] = {
    {"math.Sqrt", m_sqrt}, {"math.Abs", m_abs}, {"math.Floor", m_floor}, {"math.Ceil", m_ceil},
    {"math.Trunc", m_trunc}, {"math.Round", m_round}, {"math.RoundToEven", m_round_even},
    {"math.Log", m_log}, {"math.Log2", m_log2}, {"math.Log10", m_log10}, {"math.Log1p", m_log1p},
    {"math.Exp", m_exp}, {"math.Exp2", m_exp2}, {"math.Expm1", m_expm1},
    {"math.Sin", m_sin}, {"math.Cos", m_cos}, {"math.Tan", m_tan}, {"math.Asin", m_asin},
    {"math.Acos", m_acos}, {"math.Atan", m_atan}, {"math.Atan2", m_atan2}, {"math.Sinh", m_sinh},
    {"math.Cosh", m_cosh}, {"math.Tanh", m_tanh}, {"math.Cbrt", m_cbrt}, {"math.Pow", m_pow},
    {"math.Hypot", m_hypot}, {"math.Mod", m_mod}, {"math.Remainder", m_remainder},
    {"math.Copysign", m_copysign}, {"math.Dim", m_dim}, {"math.Max", m_max}, {"math.Min", m_min},
    {"math.Inf", m_inf}, {"math.NaN", m_nan}, {"math.IsNaN", m_isnan}, {"math.IsInf", m_isinf},
    {"math.Signbit", m_signbit}, {"math.Modf", m_modf}, {"math.Frexp", m_frexp}, {"math.Ldexp", m_ldexp},
    {"math.Nextafter", m_nextafter}, {"math.Float64bits", m_float64bits},
    {"math.Float64frombits", m_float64frombits}, {"math.Float32bits", m_float32bits},
    {"math.Float32frombits", m_float32frombits},
};

const NativeEntry kRand[] = {
    {"rand.__cooked", rand_cooked},
};

}  // namespace

std::span<const NativeEntry> math_natives() { return kMath; }
std::span<const NativeEntry> rand_natives() { return kRand; }

}  // namespace goro::vm::lib
