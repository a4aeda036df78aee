// The exact numbers behind Go's untyped constants.
#include <gtest/gtest.h>

#include <cmath>

#include "bignum.h"

namespace goro::vm {
namespace {

BigInt parse(const char* s, int base = 10) {
  BigInt b;
  EXPECT_TRUE(BigInt::parse(s, base, &b)) << s;
  return b;
}

TEST(BigInt, DecimalRoundTripAndArithmetic) {
  BigInt a = parse("123456789012345678901234567890");
  EXPECT_EQ(a.str(), "123456789012345678901234567890");
  EXPECT_EQ((a * a).str(), "15241578753238836750495351562536198787501905199875019052100");
  EXPECT_EQ((a - a * BigInt::of(2)).str(), "-123456789012345678901234567890");
  EXPECT_EQ(parse("ff", 16).str(), "255");
  EXPECT_EQ(BigInt::of(INT64_MIN).str(), "-9223372036854775808");
  EXPECT_TRUE(BigInt::of(INT64_MIN).fits_i64());
  EXPECT_FALSE((BigInt::of(INT64_MAX) + BigInt::of(1)).fits_i64());
  EXPECT_TRUE((BigInt::of(INT64_MAX) + BigInt::of(1)).fits_u64());
}

TEST(BigInt, TruncatedDivisionLikeGo) {
  BigInt q, r;
  BigInt::quo_rem(BigInt::of(-7), BigInt::of(2), &q, &r);
  EXPECT_EQ(q.str(), "-3");
  EXPECT_EQ(r.str(), "-1");
  BigInt big = BigInt::of(1).shl(200) + BigInt::of(12345);
  BigInt d = BigInt::of(1).shl(100) + BigInt::of(7);
  BigInt::quo_rem(big, d, &q, &r);
  EXPECT_EQ((q * d + r).str(), big.str());
  EXPECT_LT(BigInt::cmp(r, d), 0);
  BigInt::quo_rem(parse("340282366920938463463374607431768211456"), parse("18446744073709551616"), &q, &r);
  EXPECT_EQ(q.str(), "18446744073709551616");
  EXPECT_TRUE(r.is_zero());
}

TEST(BigInt, ShiftsAndTwosComplementBitwise) {
  EXPECT_EQ(BigInt::of(1).shl(100).str(), "1267650600228229401496703205376");
  EXPECT_EQ(BigInt::of(1).shl(100).shr(98).str(), "4");
  EXPECT_EQ(BigInt::of(-5).shr(1).str(), "-3");  // floor, as big.Int.Rsh
  EXPECT_EQ((BigInt::of(-5) & BigInt::of(3)).str(), "3");
  EXPECT_EQ((BigInt::of(-5) | BigInt::of(3)).str(), "-5");
  EXPECT_EQ((BigInt::of(-5) ^ BigInt::of(3)).str(), "-8");
  EXPECT_EQ(BigInt::of(6).and_not(BigInt::of(-4)).str(), "2");
  EXPECT_EQ(BigInt::of(1).bit_not().str(), "-2");
}

TEST(Rat, ExactDecimalsAndCorrectRounding) {
  Rat a, b, c;
  ASSERT_TRUE(Rat::parse_decimal("0.1", &a));
  ASSERT_TRUE(Rat::parse_decimal("0.2", &b));
  ASSERT_TRUE(Rat::parse_decimal("0.3", &c));
  EXPECT_EQ(Rat::cmp(a + b, c), 0);
  double d;
  ASSERT_TRUE((a + b).to_double(&d));
  EXPECT_EQ(d, 0.3);
  ASSERT_TRUE(Rat::parse_decimal("1e-320", &a));  // subnormal
  ASSERT_TRUE(a.to_double(&d));
  EXPECT_EQ(d, 1e-320);
  ASSERT_TRUE(Rat::parse_decimal("1.7976931348623157e308", &a));
  ASSERT_TRUE(a.to_double(&d));
  EXPECT_EQ(d, 1.7976931348623157e308);
  ASSERT_TRUE(Rat::parse_decimal("1e309", &a));
  EXPECT_FALSE(a.to_double(&d));
  ASSERT_TRUE(Rat::parse_decimal("0x1.8p1", &a));
  ASSERT_TRUE(a.to_double(&d));
  EXPECT_EQ(d, 3.0);
  float f;
  ASSERT_TRUE(Rat::parse_decimal("1.1", &a));
  ASSERT_TRUE(a.to_float32(&f));
  EXPECT_EQ(f, 1.1f);
  EXPECT_EQ(Rat::cmp(Rat::of_double(0.1), Rat(BigInt::of(1), BigInt::of(10))), 1);
  for (double x : {1.0 / 3, 123456.789, 5e-324, 2.5, -0.75, 9007199254740993.0}) {
    ASSERT_TRUE(Rat::of_double(x).to_double(&d));
    EXPECT_EQ(d, x);
  }
  // ties to even: 2^53 + 1 lies between two doubles
  Rat tie(BigInt::of(1).shl(53) + BigInt::of(1));
  ASSERT_TRUE(tie.to_double(&d));
  EXPECT_EQ(d, 9007199254740992.0);
  EXPECT_EQ(Rat(BigInt::of(-7), BigInt::of(2)).trunc().str(), "-3");
}

}  // namespace
}  // namespace goro::vm
