// Go's math algorithms (the Cephes and FreeBSD methods its pure-Go code uses, which its amd64
// assembly for Log follows too). Compiled without contraction of a*b+c into FMA, so every
// rounding happens where Go's does.
#include "gomath.h"

#include <cmath>
#include <cstdint>
#include <cstring>
#include <utility>

namespace goro::vm::gomath {

namespace {

constexpr double kPi = 3.14159265358979323846264338327950288419716939937510582097494459;
constexpr double kSqrt2 = 1.41421356237309504880168872420969807856967187537694807317667974;
// Constant expressions as Go evaluates them (exactly, then rounded once).
constexpr double kInvLn2 = 1.44269504088896340735992468100189213742664595415298593413544940693;
constexpr double kInvLn10 = 0.434294481903251827651128918916605082294397005803666566114453783;
constexpr double kPi2 = 1.57079632679489661923132169163975144209858469968755291048747230;
constexpr double kPi4 = 0.785398163397448309615660845819875721049292349843776455243736148;
constexpr double k3Pi4 = 2.35619449019234492884698253745962716314787704953132936573120844;
constexpr double k4OverPi = 1.27323954473516268615107010698011489627567716592365404729872364;
constexpr double kReduceThreshold = 1 << 29;  // beyond it Go reduces with Payne-Hanek; we use libm

uint64_t bits(double f) {
  uint64_t b;
  std::memcpy(&b, &f, sizeof b);
  return b;
}
double from_bits(uint64_t b) {
  double f;
  std::memcpy(&f, &b, sizeof f);
  return f;
}

// Cody-Waite reduction of x >= 0 to z in [-Pi/4, Pi/4] and its octant j.
void trig_reduce(double x, uint64_t& j, double& z) {
  constexpr double PI4A = 7.85398125648498535156e-1;
  constexpr double PI4B = 3.77489470793079817668e-8;
  constexpr double PI4C = 2.69515142907905952645e-15;
  j = static_cast<uint64_t>(x * k4OverPi);
  double y = static_cast<double>(j);
  if (j & 1) {
    j++;
    y++;
  }
  j &= 7;
  z = ((x - y * PI4A) - y * PI4B) - y * PI4C;
}

constexpr double kSinC[6] = {1.58962301576546568060e-10, -2.50507477628578072866e-8, 2.75573136213857245213e-6,
                             -1.98412698295895385996e-4, 8.33333333332211858878e-3, -1.66666666666666307295e-1};
constexpr double kCosC[6] = {-1.13585365213876817300e-11, 2.08757008419747316778e-9, -2.75573141792967388112e-7,
                             2.48015872888517045348e-5, -1.38888888888730564116e-3, 4.16666666666665929218e-2};

double sin_poly(double z, double zz) {
  return z + z * zz * ((((((kSinC[0] * zz) + kSinC[1]) * zz + kSinC[2]) * zz + kSinC[3]) * zz + kSinC[4]) * zz + kSinC[5]);
}
double cos_poly(double zz) {
  return 1.0 - 0.5 * zz + zz * zz * ((((((kCosC[0] * zz) + kCosC[1]) * zz + kCosC[2]) * zz + kCosC[3]) * zz + kCosC[4]) * zz + kCosC[5]);
}

// atan on [0, 0.66] (Cephes' rational approximation).
double xatan(double x) {
  constexpr double P0 = -8.750608600031904122785e-01, P1 = -1.615753718733365076637e+01, P2 = -7.500855792314704667340e+01,
                   P3 = -1.228866684490136173410e+02, P4 = -6.485021904942025371773e+01;
  constexpr double Q0 = +2.485846490142306297962e+01, Q1 = +1.650270098316988542046e+02, Q2 = +4.328810604912902668951e+02,
                   Q3 = +4.853903996359136964868e+02, Q4 = +1.945506571482613964425e+02;
  double z = x * x;
  z = z * ((((P0 * z + P1) * z + P2) * z + P3) * z + P4) / (((((z + Q0) * z + Q1) * z + Q2) * z + Q3) * z + Q4);
  return x * z + x;
}
// satan: atan of x >= 0, reduced to xatan's range.
double satan(double x) {
  constexpr double kMorebits = 6.123233995736765886130e-17;  // Pi/2 = kPi2 + kMorebits
  constexpr double kTan3Pi8 = 2.41421356237309504880;
  if (x <= 0.66) return xatan(x);
  if (x > kTan3Pi8) return kPi2 - xatan(1 / x) + kMorebits;
  return kPi4 + xatan((x - 1) / (x + 1)) + 0.5 * kMorebits;
}

bool is_odd_int(double x) {
  if (std::fabs(x) >= (1ull << 53)) return false;
  double i;
  double f = std::modf(x, &i);
  return f == 0 && (static_cast<int64_t>(i) & 1) == 1;
}

}  // namespace

double cbrt(double x) {
  constexpr uint64_t B1 = 715094163;  // (682-0.03306235651)*2**20
  constexpr uint64_t B2 = 696219795;  // (664-0.03306235651)*2**20
  constexpr double C = 5.42857142857142815906e-01;   // 19/35
  constexpr double D = -7.05306122448979611050e-01;  // -864/1225
  constexpr double E = 1.41428571428571436819e+00;   // 99/70
  constexpr double F = 1.60714285714285720630e+00;   // 45/28
  constexpr double G = 3.57142857142857150787e-01;   // 5/14
  constexpr double kSmallestNormal = 2.22507385850720138309e-308;
  if (x == 0 || std::isnan(x) || std::isinf(x)) return x;
  bool sign = x < 0;
  if (sign) x = -x;
  // a first guess to 5 bits from the exponent, then to 23 bits, then one Newton step to 53
  double t = from_bits(bits(x) / 3 + (B1 << 32));
  if (x < kSmallestNormal) {
    t = static_cast<double>(1ull << 54);
    t *= x;
    t = from_bits(bits(t) / 3 + (B2 << 32));
  }
  double r = t * t / x;
  double s = C + r * t;
  t *= G + F / (s + E + D / s);
  t = from_bits((bits(t) & (0xFFFFFFFFCull << 28)) + (1ull << 30));
  s = t * t;
  r = x / s;
  double w = t + t;
  r = (r - t) / (w + r);
  t = t + t * r;
  return sign ? -t : t;
}

double log(double x) {
  constexpr double Ln2Hi = 6.93147180369123816490e-01, Ln2Lo = 1.90821492927058770002e-10;
  constexpr double L1 = 6.666666666666735130e-01, L2 = 3.999999999940941908e-01, L3 = 2.857142874366239149e-01,
                   L4 = 2.222219843214978396e-01, L5 = 1.818357216161805012e-01, L6 = 1.531383769920937332e-01,
                   L7 = 1.479819860511658591e-01;
  if (std::isnan(x) || x == INFINITY) return x;
  if (x < 0) return NAN;
  if (x == 0) return -INFINITY;
  int ki;
  double f1 = std::frexp(x, &ki);
  if (f1 < kSqrt2 / 2) {
    f1 *= 2;
    ki--;
  }
  double f = f1 - 1;
  double k = ki;
  double s = f / (2 + f);
  double s2 = s * s;
  double s4 = s2 * s2;
  double t1 = s2 * (L1 + s4 * (L3 + s4 * (L5 + s4 * L7)));
  double t2 = s4 * (L2 + s4 * (L4 + s4 * L6));
  double R = t1 + t2;
  double hfsq = 0.5 * f * f;
  return k * Ln2Hi - ((hfsq - (s * (hfsq + R) + k * Ln2Lo)) - f);
}

double log2(double x) {
  int e;
  double frac = std::frexp(x, &e);
  if (frac == 0.5) return e - 1;  // exact powers of two
  return log(frac) * kInvLn2 + e;
}

double log10(double x) { return log(x) * kInvLn10; }

double log1p(double x) { return std::log1p(x); }

double sin(double x) {
  if (x == 0 || std::isnan(x)) return x;
  if (std::isinf(x)) return NAN;
  bool sign = x < 0;
  if (sign) x = -x;
  if (x >= kReduceThreshold) return sign ? -std::sin(x) : std::sin(x);
  uint64_t j;
  double z;
  trig_reduce(x, j, z);
  if (j > 3) {
    sign = !sign;
    j -= 4;
  }
  double zz = z * z;
  double y = (j == 1 || j == 2) ? cos_poly(zz) : sin_poly(z, zz);
  return sign ? -y : y;
}

double cos(double x) {
  if (std::isnan(x) || std::isinf(x)) return NAN;
  x = std::fabs(x);
  if (x >= kReduceThreshold) return std::cos(x);
  bool sign = false;
  uint64_t j;
  double z;
  trig_reduce(x, j, z);
  if (j > 3) {
    j -= 4;
    sign = !sign;
  }
  if (j > 1) sign = !sign;
  double zz = z * z;
  double y = (j == 1 || j == 2) ? sin_poly(z, zz) : cos_poly(zz);
  return sign ? -y : y;
}

double tan(double x) {
  constexpr double P[3] = {-1.30936939181383777646e4, 1.15351664838587416140e6, -1.79565251976484877988e7};
  constexpr double Q[5] = {1.0, 1.36812963470692954678e4, -1.32089234440210967447e6, 2.50083801823357915839e7,
                           -5.38695755929454629881e7};
  if (x == 0 || std::isnan(x)) return x;
  if (std::isinf(x)) return NAN;
  bool sign = x < 0;
  if (sign) x = -x;
  if (x >= kReduceThreshold) return sign ? -std::tan(x) : std::tan(x);
  uint64_t j;
  double z;
  trig_reduce(x, j, z);
  double zz = z * z;
  double y = z;
  if (zz > 1e-14) y = z + z * (zz * (((P[0] * zz) + P[1]) * zz + P[2]) / ((((zz + Q[1]) * zz + Q[2]) * zz + Q[3]) * zz + Q[4]));
  if (j & 2) y = -1 / y;
  return sign ? -y : y;
}

double atan(double x) {
  if (x == 0 || std::isnan(x)) return x;
  return x > 0 ? satan(x) : -satan(-x);
}

double asin(double x) {
  if (x == 0) return x;
  bool sign = x < 0;
  if (sign) x = -x;
  if (x > 1) return NAN;
  double temp = std::sqrt(1 - x * x);
  temp = x > 0.7 ? kPi2 - satan(temp / x) : satan(x / temp);
  return sign ? -temp : temp;
}

double acos(double x) { return kPi2 - asin(x); }

double atan2(double y, double x) {
  if (std::isnan(y) || std::isnan(x)) return NAN;
  if (y == 0) return x >= 0 && !std::signbit(x) ? std::copysign(0.0, y) : std::copysign(kPi, y);
  if (x == 0) return std::copysign(kPi2, y);
  if (std::isinf(x)) {
    if (x > 0) return std::isinf(y) ? std::copysign(kPi4, y) : std::copysign(0.0, y);
    return std::isinf(y) ? std::copysign(k3Pi4, y) : std::copysign(kPi, y);
  }
  if (std::isinf(y)) return std::copysign(kPi2, y);
  double q = atan(y / x);
  if (x < 0) return q <= 0 ? q + kPi : q - kPi;
  return q;
}

double hypot(double p, double q) {
  if (std::isinf(p) || std::isinf(q)) return INFINITY;
  if (std::isnan(p) || std::isnan(q)) return NAN;
  p = std::fabs(p);
  q = std::fabs(q);
  if (p < q) std::swap(p, q);
  if (p == 0) return 0;
  q = q / p;
  return p * std::sqrt(1 + q * q);
}

double exp(double x) { return std::exp(x); }

double pow(double x, double y) {
  if (y == 0 || x == 1) return 1;
  if (y == 1) return x;
  if (std::isnan(x) || std::isnan(y)) return NAN;
  if (x == 0) {
    if (y < 0) return std::signbit(x) && is_odd_int(y) ? -INFINITY : INFINITY;
    return std::signbit(x) && is_odd_int(y) ? x : 0;
  }
  if (std::isinf(y)) {
    if (x == -1) return 1;
    if ((std::fabs(x) < 1) == (y > 0)) return 0;
    return INFINITY;
  }
  if (std::isinf(x)) {
    if (x < 0) return pow(1 / x, -y);
    return y < 0 ? 0 : INFINITY;
  }
  if (y == 0.5) return std::sqrt(x);
  if (y == -0.5) return 1 / std::sqrt(x);
  double yi;
  double yf = std::modf(std::fabs(y), &yi);
  if (yf != 0 && x < 0) return NAN;
  if (yi >= 9.223372036854775808e18) {
    if (x == -1) return 1;
    if ((std::fabs(x) < 1) == (y > 0)) return 0;
    return INFINITY;
  }
  // ans = a1 * 2**ae: x**yf through Exp and Log, x**yi by repeated squaring
  double a1 = 1.0;
  int64_t ae = 0;
  if (yf != 0) {
    if (yf > 0.5) {
      yf--;
      yi++;
    }
    a1 = exp(yf * log(x));
  }
  int xe_i;
  double x1 = std::frexp(x, &xe_i);
  int64_t xe = xe_i;
  for (int64_t i = static_cast<int64_t>(yi); i != 0; i >>= 1) {
    if (xe < -(1 << 12) || (1 << 12) < xe) {
      ae += xe;
      break;
    }
    if (i & 1) {
      a1 *= x1;
      ae += xe;
    }
    x1 *= x1;
    xe <<= 1;
    if (x1 < .5) {
      x1 += x1;
      xe--;
    }
  }
  if (y < 0) {
    a1 = 1 / a1;
    ae = -ae;
  }
  if (ae > 100000) ae = 100000;
  if (ae < -100000) ae = -100000;
  return std::ldexp(a1, static_cast<int>(ae));
}

}  // namespace goro::vm::gomath
