// Arbitrary-precision integers (sign and 32-bit limbs; Knuth's long division) and rationals.
#include "bignum.h"

#include <algorithm>
#include <cmath>

namespace goro::vm {

// ---------------------------------------------------------------------------------------------
// BigInt

void BigInt::trim() {
  while (!mag_.empty() && mag_.back() == 0) mag_.pop_back();
  if (mag_.empty()) neg_ = false;
}

BigInt BigInt::of_u64(uint64_t v) {
  BigInt r;
  while (v) {
    r.mag_.push_back(static_cast<uint32_t>(v));
    v >>= 32;
  }
  return r;
}

BigInt BigInt::of(int64_t v) {
  BigInt r = of_u64(v < 0 ? 0 - static_cast<uint64_t>(v) : static_cast<uint64_t>(v));
  r.neg_ = v < 0;
  r.trim();
  return r;
}

bool BigInt::parse(std::string_view digits, int base, BigInt* out) {
  BigInt r;
  if (digits.empty()) return false;
  for (char ch : digits) {
    int d;
    if (ch >= '0' && ch <= '9') d = ch - '0';
    else if (ch >= 'a' && ch <= 'f') d = ch - 'a' + 10;
    else if (ch >= 'A' && ch <= 'F') d = ch - 'A' + 10;
    else return false;
    if (d >= base) return false;
    uint64_t carry = static_cast<uint64_t>(d);
    for (uint32_t& limb : r.mag_) {
      uint64_t t = static_cast<uint64_t>(limb) * static_cast<uint64_t>(base) + carry;
      limb = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    if (carry) r.mag_.push_back(static_cast<uint32_t>(carry));
  }
  r.trim();
  *out = std::move(r);
  return true;
}

int BigInt::bit_len() const {
  if (mag_.empty()) return 0;
  return static_cast<int>((mag_.size() - 1) * 32) + (32 - __builtin_clz(mag_.back()));
}

bool BigInt::bit(unsigned i) const {
  size_t limb = i / 32;
  return limb < mag_.size() && ((mag_[limb] >> (i % 32)) & 1);
}

bool BigInt::fits_i64() const {
  int n = bit_len();
  if (n < 64) return true;
  // -2^63 is the one 64-bit magnitude that fits
  return neg_ && n == 64 && mag_[1] == 0x80000000u && mag_[0] == 0;
}

bool BigInt::fits_u64() const { return !neg_ && bit_len() <= 64; }

int64_t BigInt::to_i64() const {
  uint64_t v = 0;
  if (!mag_.empty()) v = mag_[0];
  if (mag_.size() > 1) v |= static_cast<uint64_t>(mag_[1]) << 32;
  if (neg_) v = 0 - v;
  return static_cast<int64_t>(v);
}

std::string BigInt::str() const {
  if (mag_.empty()) return "0";
  Mag m = mag_;
  std::string digits;
  while (!m.empty()) {
    uint64_t rem = 0;
    for (size_t i = m.size(); i-- > 0;) {
      uint64_t cur = (rem << 32) | m[i];
      m[i] = static_cast<uint32_t>(cur / 1000000000u);
      rem = cur % 1000000000u;
    }
    while (!m.empty() && m.back() == 0) m.pop_back();
    for (int k = 0; k < 9; ++k) {
      digits += static_cast<char>('0' + rem % 10);
      rem /= 10;
      if (m.empty() && rem == 0) break;
    }
  }
  if (neg_) digits += '-';
  std::reverse(digits.begin(), digits.end());
  return digits;
}

int BigInt::mag_cmp(const Mag& a, const Mag& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

BigInt::Mag BigInt::mag_add(const Mag& a, const Mag& b) {
  Mag r(std::max(a.size(), b.size()) + 1, 0);
  uint64_t carry = 0;
  for (size_t i = 0; i < r.size(); ++i) {
    uint64_t t = carry + (i < a.size() ? a[i] : 0) + (i < b.size() ? b[i] : 0);
    r[i] = static_cast<uint32_t>(t);
    carry = t >> 32;
  }
  while (!r.empty() && r.back() == 0) r.pop_back();
  return r;
}

BigInt::Mag BigInt::mag_sub(const Mag& a, const Mag& b) {
  Mag r(a.size(), 0);
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); ++i) {
    int64_t t = static_cast<int64_t>(a[i]) - (i < b.size() ? b[i] : 0) - borrow;
    borrow = t < 0;
    r[i] = static_cast<uint32_t>(t + (borrow ? (int64_t{1} << 32) : 0));
  }
  while (!r.empty() && r.back() == 0) r.pop_back();
  return r;
}

BigInt BigInt::operator-() const {
  BigInt r = *this;
  if (!r.mag_.empty()) r.neg_ = !r.neg_;
  return r;
}

BigInt operator+(const BigInt& a, const BigInt& b) {
  BigInt r;
  if (a.neg_ == b.neg_) {
    r.mag_ = BigInt::mag_add(a.mag_, b.mag_);
    r.neg_ = a.neg_;
  } else if (BigInt::mag_cmp(a.mag_, b.mag_) >= 0) {
    r.mag_ = BigInt::mag_sub(a.mag_, b.mag_);
    r.neg_ = a.neg_;
  } else {
    r.mag_ = BigInt::mag_sub(b.mag_, a.mag_);
    r.neg_ = b.neg_;
  }
  r.trim();
  return r;
}

BigInt operator-(const BigInt& a, const BigInt& b) { return a + (-b); }

BigInt operator*(const BigInt& a, const BigInt& b) {
  BigInt r;
  if (a.mag_.empty() || b.mag_.empty()) return r;
  r.mag_.assign(a.mag_.size() + b.mag_.size(), 0);
  for (size_t i = 0; i < a.mag_.size(); ++i) {
    uint64_t carry = 0;
    for (size_t j = 0; j < b.mag_.size(); ++j) {
      uint64_t t = static_cast<uint64_t>(a.mag_[i]) * b.mag_[j] + r.mag_[i + j] + carry;
      r.mag_[i + j] = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    r.mag_[i + b.mag_.size()] = static_cast<uint32_t>(carry);
  }
  r.neg_ = a.neg_ != b.neg_;
  r.trim();
  return r;
}

void BigInt::mag_divmod(const Mag& a, const Mag& b, Mag* q, Mag* r) {
  if (mag_cmp(a, b) < 0) {
    *q = {};
    *r = a;
    return;
  }
  if (b.size() == 1) {
    Mag quo(a.size(), 0);
    uint64_t rem = 0;
    for (size_t i = a.size(); i-- > 0;) {
      uint64_t cur = (rem << 32) | a[i];
      quo[i] = static_cast<uint32_t>(cur / b[0]);
      rem = cur % b[0];
    }
    while (!quo.empty() && quo.back() == 0) quo.pop_back();
    *q = quo;
    *r = rem ? Mag{static_cast<uint32_t>(rem)} : Mag{};
    return;
  }
  // Knuth, TAOCP vol. 2, 4.3.1, algorithm D (as in Hacker's Delight's divmnu).
  const size_t n = b.size(), m = a.size();
  const int s = __builtin_clz(b.back());
  Mag vn(n), un(m + 1);
  for (size_t i = n - 1; i > 0; --i) vn[i] = (b[i] << s) | (s ? static_cast<uint32_t>(static_cast<uint64_t>(b[i - 1]) >> (32 - s)) : 0);
  vn[0] = b[0] << s;
  un[m] = s ? static_cast<uint32_t>(static_cast<uint64_t>(a[m - 1]) >> (32 - s)) : 0;
  for (size_t i = m - 1; i > 0; --i) un[i] = (a[i] << s) | (s ? static_cast<uint32_t>(static_cast<uint64_t>(a[i - 1]) >> (32 - s)) : 0);
  un[0] = a[0] << s;
  Mag quo(m - n + 1, 0);
  const uint64_t base = uint64_t{1} << 32;
  for (size_t j = m - n + 1; j-- > 0;) {
    uint64_t num = (static_cast<uint64_t>(un[j + n]) << 32) | un[j + n - 1];
    uint64_t qhat = num / vn[n - 1];
    uint64_t rhat = num - qhat * vn[n - 1];
    while (qhat >= base || qhat * vn[n - 2] > ((rhat << 32) | un[j + n - 2])) {
      --qhat;
      rhat += vn[n - 1];
      if (rhat >= base) break;
    }
    int64_t k = 0, t;
    for (size_t i = 0; i < n; ++i) {
      uint64_t p = qhat * vn[i];
      t = static_cast<int64_t>(un[i + j]) - k - static_cast<int64_t>(p & 0xFFFFFFFFu);
      un[i + j] = static_cast<uint32_t>(t);
      k = static_cast<int64_t>(p >> 32) - (t >> 32);
    }
    t = static_cast<int64_t>(un[j + n]) - k;
    un[j + n] = static_cast<uint32_t>(t);
    quo[j] = static_cast<uint32_t>(qhat);
    if (t < 0) {  // subtracted too much: add back
      --quo[j];
      uint64_t carry = 0;
      for (size_t i = 0; i < n; ++i) {
        uint64_t sum = static_cast<uint64_t>(un[i + j]) + vn[i] + carry;
        un[i + j] = static_cast<uint32_t>(sum);
        carry = sum >> 32;
      }
      un[j + n] = static_cast<uint32_t>(un[j + n] + carry);
    }
  }
  Mag rem(n);
  for (size_t i = 0; i < n; ++i) rem[i] = (un[i] >> s) | (s ? static_cast<uint32_t>(static_cast<uint64_t>(un[i + 1]) << (32 - s)) : 0);
  while (!quo.empty() && quo.back() == 0) quo.pop_back();
  while (!rem.empty() && rem.back() == 0) rem.pop_back();
  *q = quo;
  *r = rem;
}

void BigInt::quo_rem(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r) {
  BigInt qq, rr;
  mag_divmod(a.mag_, b.mag_, &qq.mag_, &rr.mag_);
  qq.neg_ = a.neg_ != b.neg_;
  rr.neg_ = a.neg_;
  qq.trim();
  rr.trim();
  if (q) *q = std::move(qq);
  if (r) *r = std::move(rr);
}

BigInt BigInt::shl(unsigned n) const {
  if (mag_.empty()) return *this;
  BigInt r;
  r.neg_ = neg_;
  r.mag_.assign(n / 32, 0);
  unsigned bits = n % 32;
  uint32_t carry = 0;
  for (uint32_t limb : mag_) {
    r.mag_.push_back((limb << bits) | carry);
    carry = bits ? limb >> (32 - bits) : 0;
  }
  if (carry) r.mag_.push_back(carry);
  r.trim();
  return r;
}

BigInt BigInt::shr(unsigned n) const {
  if (neg_) {
    // floor(x / 2^n) for x < 0 is -ceil(|x| / 2^n) = -((|x| - 1) / 2^n + 1)
    BigInt m = abs() - of(1);
    return -(m.shr(n) + of(1));
  }
  BigInt r;
  size_t skip = n / 32;
  if (skip >= mag_.size()) return r;
  unsigned bits = n % 32;
  for (size_t i = skip; i < mag_.size(); ++i) {
    uint32_t lo = mag_[i] >> bits;
    uint32_t hi = bits && i + 1 < mag_.size() ? mag_[i + 1] << (32 - bits) : 0;
    r.mag_.push_back(lo | hi);
  }
  r.trim();
  return r;
}

std::vector<uint32_t> BigInt::twos(size_t n) const {
  std::vector<uint32_t> v(n, 0);
  for (size_t i = 0; i < mag_.size() && i < n; ++i) v[i] = mag_[i];
  if (neg_) {
    uint64_t carry = 1;
    for (uint32_t& limb : v) {
      uint64_t t = static_cast<uint64_t>(static_cast<uint32_t>(~limb)) + carry;
      limb = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
  }
  return v;
}

BigInt BigInt::from_twos(std::vector<uint32_t> v) {
  BigInt r;
  bool neg = !v.empty() && (v.back() & 0x80000000u);
  if (neg) {
    uint64_t carry = 1;
    for (uint32_t& limb : v) {
      uint64_t t = static_cast<uint64_t>(static_cast<uint32_t>(~limb)) + carry;
      limb = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
  }
  r.mag_ = std::move(v);
  r.neg_ = neg;
  r.trim();
  return r;
}

BigInt BigInt::bitwise(const BigInt& a, const BigInt& b, uint32_t (*f)(uint32_t, uint32_t)) {
  size_t n = std::max(a.mag_.size(), b.mag_.size()) + 1;
  std::vector<uint32_t> x = a.twos(n), y = b.twos(n);
  for (size_t i = 0; i < n; ++i) x[i] = f(x[i], y[i]);
  return from_twos(std::move(x));
}

BigInt operator&(const BigInt& a, const BigInt& b) { return BigInt::bitwise(a, b, [](uint32_t x, uint32_t y) { return x & y; }); }
BigInt operator|(const BigInt& a, const BigInt& b) { return BigInt::bitwise(a, b, [](uint32_t x, uint32_t y) { return x | y; }); }
BigInt operator^(const BigInt& a, const BigInt& b) { return BigInt::bitwise(a, b, [](uint32_t x, uint32_t y) { return x ^ y; }); }
BigInt BigInt::and_not(const BigInt& b) const { return bitwise(*this, b, [](uint32_t x, uint32_t y) { return x & ~y; }); }
BigInt BigInt::bit_not() const { return -*this - of(1); }

int BigInt::cmp(const BigInt& a, const BigInt& b) {
  if (a.sign() != b.sign()) return a.sign() < b.sign() ? -1 : 1;
  int c = mag_cmp(a.mag_, b.mag_);
  return a.neg_ ? -c : c;
}

BigInt BigInt::gcd(BigInt a, BigInt b) {
  a = a.abs();
  b = b.abs();
  while (!b.is_zero()) {
    BigInt r;
    quo_rem(a, b, nullptr, &r);
    a = std::move(b);
    b = std::move(r);
  }
  return a;
}

// ---------------------------------------------------------------------------------------------
// Rat

Rat::Rat(BigInt n, BigInt d) {
  if (d.sign() < 0) {
    n = -n;
    d = -d;
  }
  BigInt g = BigInt::gcd(n, d);
  if (!(g == BigInt::of(1)) && !g.is_zero()) {
    BigInt::quo_rem(n, g, &n, nullptr);
    BigInt::quo_rem(d, g, &d, nullptr);
  }
  if (n.is_zero()) d = BigInt::of(1);
  num_ = std::move(n);
  den_ = std::move(d);
}

bool Rat::is_int() const { return den_ == BigInt::of(1); }

BigInt Rat::trunc() const {
  BigInt q;
  BigInt::quo_rem(num_, den_, &q, nullptr);
  return q;
}

Rat operator+(const Rat& a, const Rat& b) { return Rat(a.num_ * b.den_ + b.num_ * a.den_, a.den_ * b.den_); }
Rat operator-(const Rat& a, const Rat& b) { return Rat(a.num_ * b.den_ - b.num_ * a.den_, a.den_ * b.den_); }
Rat operator*(const Rat& a, const Rat& b) { return Rat(a.num_ * b.num_, a.den_ * b.den_); }
Rat operator/(const Rat& a, const Rat& b) { return Rat(a.num_ * b.den_, a.den_ * b.num_); }
int Rat::cmp(const Rat& a, const Rat& b) { return BigInt::cmp(a.num_ * b.den_, b.num_ * a.den_); }

Rat Rat::of_double(double d) {
  if (d == 0) return Rat();
  int e;
  double m = std::frexp(d, &e);  // d = m * 2^e, 0.5 <= |m| < 1
  int64_t mi = static_cast<int64_t>(std::ldexp(m, 53));
  e -= 53;
  BigInt n = BigInt::of(mi);
  if (e >= 0) return Rat(n.shl(static_cast<unsigned>(e)));
  return Rat(n, BigInt::of(1).shl(static_cast<unsigned>(-e)));
}

bool Rat::to_binary(int mant, int emin, int emax, bool* neg, uint64_t* m, int* e) const {
  *neg = num_.sign() < 0;
  if (num_.is_zero()) {
    *m = 0;
    *e = 0;
    return true;
  }
  BigInt a = num_.abs(), b = den_;
  // q = floor(|x| * 2^-e0) has mant+2 or mant+3 bits: enough for the rounding bit.
  int e0 = a.bit_len() - b.bit_len() - (mant + 2);
  if (e0 > 0) b = b.shl(static_cast<unsigned>(e0));
  else a = a.shl(static_cast<unsigned>(-e0));
  BigInt q, r;
  BigInt::quo_rem(a, b, &q, &r);
  int ql = q.bit_len();
  int E = std::max(e0 + (ql - mant), emin);
  int drop = E - e0;
  uint64_t res;
  if (drop > ql + 1) {
    res = 0;  // far below half of the smallest step
  } else {
    BigInt kept = q.shr(static_cast<unsigned>(drop));
    res = kept.to_u64();
    bool half = drop > 0 && q.bit(static_cast<unsigned>(drop - 1));
    bool below = !r.is_zero();
    for (int i = 0; i < drop - 1 && !below; ++i) below = q.bit(static_cast<unsigned>(i));
    if (half && (below || (res & 1))) ++res;
    if (res == (uint64_t{1} << mant)) {
      res >>= 1;
      ++E;
    }
  }
  *m = res;
  *e = E;
  return E <= emax;
}

bool Rat::to_double(double* out) const {
  bool neg;
  uint64_t m;
  int e;
  bool ok = to_binary(53, -1074, 971, &neg, &m, &e);
  double d = ok ? std::ldexp(static_cast<double>(m), e) : HUGE_VAL;
  *out = neg ? -d : d;
  return ok;
}

bool Rat::to_float32(float* out) const {
  bool neg;
  uint64_t m;
  int e;
  bool ok = to_binary(24, -149, 104, &neg, &m, &e);
  float f = ok ? static_cast<float>(std::ldexp(static_cast<double>(m), e)) : HUGE_VALF;
  *out = neg ? -f : f;
  return ok;
}

bool Rat::parse_decimal(std::string_view lit, Rat* out) {
  // Go's float literals: decimal "1.5e-3", ".5", "1e10"; hexadecimal "0x1.8p3".
  bool hex = lit.size() > 1 && lit[0] == '0' && (lit[1] == 'x' || lit[1] == 'X');
  if (hex) lit.remove_prefix(2);
  std::string digits;
  int frac = 0;
  bool dot = false;
  size_t i = 0;
  for (; i < lit.size(); ++i) {
    char c = lit[i];
    if (c == '.') {
      dot = true;
      continue;
    }
    bool digit = hex ? std::isxdigit(static_cast<unsigned char>(c)) : std::isdigit(static_cast<unsigned char>(c));
    if (!digit) break;
    digits += c;
    if (dot) ++frac;
  }
  long exp = 0;
  if (i < lit.size()) {
    char c = static_cast<char>(lit[i] | 0x20);
    if (c != (hex ? 'p' : 'e')) return false;
    ++i;
    bool eneg = false;
    if (i < lit.size() && (lit[i] == '+' || lit[i] == '-')) eneg = lit[i++] == '-';
    if (i >= lit.size()) return false;
    for (; i < lit.size(); ++i) {
      if (!std::isdigit(static_cast<unsigned char>(lit[i]))) return false;
      exp = exp * 10 + (lit[i] - '0');
      if (exp > 100000) return false;
    }
    if (eneg) exp = -exp;
  }
  if (digits.empty()) digits = "0";
  BigInt m;
  if (!BigInt::parse(digits, hex ? 16 : 10, &m)) return false;
  if (m.is_zero()) {
    *out = Rat();
    return true;
  }
  if (hex) {
    long e2 = exp - 4L * frac;
    if (e2 > 16384 || e2 < -16384) return false;
    *out = e2 >= 0 ? Rat(m.shl(static_cast<unsigned>(e2))) : Rat(m, BigInt::of(1).shl(static_cast<unsigned>(-e2)));
    return true;
  }
  long e10 = exp - frac;
  if (e10 > 5000 || e10 < -5000) return false;
  BigInt p = BigInt::of(1), ten = BigInt::of(10);
  for (long k = 0; k < (e10 < 0 ? -e10 : e10); ++k) p = p * ten;
  *out = e10 >= 0 ? Rat(m * p) : Rat(m, p);
  return true;
}

}  // namespace goro::vm
