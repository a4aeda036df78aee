// Exact numbers for Go's untyped constants: arbitrary-precision integers and rationals, with
// the conversions the checker needs (correctly rounded float64/float32, decimal strings).
// Go computes constants exactly (go/constant): 0.1 + 0.2 == 0.3, 1 << 100 >> 98 == 4.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace goro::vm {

class BigInt {
 public:
  BigInt() = default;
  static BigInt of(int64_t v);
  static BigInt of_u64(uint64_t v);
  // parse: digits (no sign, no underscores) in base 2, 8, 10 or 16.
  static bool parse(std::string_view digits, int base, BigInt* out);

  int sign() const { return mag_.empty() ? 0 : neg_ ? -1 : 1; }
  bool is_zero() const { return mag_.empty(); }
  int bit_len() const;  // of the magnitude
  bool fits_i64() const;
  bool fits_u64() const;
  int64_t to_i64() const;   // the low 64 bits, two's complement
  uint64_t to_u64() const { return static_cast<uint64_t>(to_i64()); }
  std::string str() const;  // decimal

  BigInt operator-() const;
  friend BigInt operator+(const BigInt& a, const BigInt& b);
  friend BigInt operator-(const BigInt& a, const BigInt& b);
  friend BigInt operator*(const BigInt& a, const BigInt& b);
  // quo_rem: truncated division (Go's / and % on integers); b must not be zero.
  static void quo_rem(const BigInt& a, const BigInt& b, BigInt* q, BigInt* r);
  BigInt shl(unsigned n) const;
  BigInt shr(unsigned n) const;  // arithmetic: rounds toward negative infinity, as big.Int.Rsh
  // Bitwise operations with two's complement semantics for negative values (as big.Int).
  friend BigInt operator&(const BigInt& a, const BigInt& b);
  friend BigInt operator|(const BigInt& a, const BigInt& b);
  friend BigInt operator^(const BigInt& a, const BigInt& b);
  BigInt and_not(const BigInt& b) const;
  BigInt bit_not() const;  // -x - 1
  static int cmp(const BigInt& a, const BigInt& b);
  friend bool operator==(const BigInt& a, const BigInt& b) { return cmp(a, b) == 0; }
  friend bool operator<(const BigInt& a, const BigInt& b) { return cmp(a, b) < 0; }
  static BigInt gcd(BigInt a, BigInt b);
  BigInt abs() const { BigInt r = *this; r.neg_ = false; return r; }
  bool bit(unsigned i) const;  // bit i of the magnitude

 private:
  using Mag = std::vector<uint32_t>;
  static int mag_cmp(const Mag& a, const Mag& b);
  static Mag mag_add(const Mag& a, const Mag& b);
  static Mag mag_sub(const Mag& a, const Mag& b);  // a >= b
  static void mag_divmod(const Mag& a, const Mag& b, Mag* q, Mag* r);
  std::vector<uint32_t> twos(size_t n) const;
  static BigInt from_twos(std::vector<uint32_t> v);
  static BigInt bitwise(const BigInt& a, const BigInt& b, uint32_t (*f)(uint32_t, uint32_t));
  void trim();
  bool neg_ = false;
  Mag mag_;  // little-endian 32-bit limbs, no leading zeros
};

// Rat: an exact rational num/den, den > 0, in lowest terms.
class Rat {
 public:
  Rat() : den_(BigInt::of(1)) {}
  explicit Rat(BigInt n) : num_(std::move(n)), den_(BigInt::of(1)) {}
  Rat(BigInt n, BigInt d);  // d != 0
  static bool parse_decimal(std::string_view lit, Rat* out);  // "1.5e3", "0x1p-2", ".5"
  static Rat of_double(double d);  // exact (d finite)

  const BigInt& num() const { return num_; }
  const BigInt& den() const { return den_; }
  int sign() const { return num_.sign(); }
  bool is_int() const;
  // to_float: the nearest value with `mant` bits of mantissa and exponents down to `emin` (the
  // IEEE formats: 53/-1074 and 24/-149, subnormals included), ties to even; false when it
  // rounds past `max`.
  bool to_double(double* out) const;
  bool to_float32(float* out) const;
  // trunc: the integer part (toward zero).
  BigInt trunc() const;
  int bits() const { return std::max(num_.bit_len(), den_.bit_len()); }

  Rat operator-() const { return Rat(-num_, den_, true); }
  friend Rat operator+(const Rat& a, const Rat& b);
  friend Rat operator-(const Rat& a, const Rat& b);
  friend Rat operator*(const Rat& a, const Rat& b);
  friend Rat operator/(const Rat& a, const Rat& b);  // b != 0
  static int cmp(const Rat& a, const Rat& b);

 private:
  Rat(BigInt n, BigInt d, bool /*normalized*/) : num_(std::move(n)), den_(std::move(d)) {}
  bool to_binary(int mant, int emin, int emax, bool* neg, uint64_t* m, int* e) const;
  BigInt num_, den_;
};

}  // namespace goro::vm
