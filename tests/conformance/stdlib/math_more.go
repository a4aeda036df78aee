// math functions as Go computes them (to the last digit), constants and special values.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Sqrt(2), math.Pow(2, 10), math.Pow(1.5, 3), math.Pow(2, -2), math.Pow(10, 0.5))
	fmt.Println(math.Log(10), math.Log2(10), math.Log10(1000), math.Log10(2), math.Log1p(0.5))
	fmt.Println(math.Sin(1), math.Cos(1), math.Tan(1), math.Atan(1), math.Asin(0.5), math.Acos(0.5), math.Atan2(1, -1))
	fmt.Println(math.Cbrt(27), math.Cbrt(10), math.Hypot(3, 4), math.Abs(-2.5))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Trunc(-2.5), math.Round(-2.5), math.Round(2.5), math.RoundToEven(2.5))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Mod(-7, 3), math.Inf(1), -math.Inf(1), math.NaN())
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint8, uint64(math.MaxUint64))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.Pi, math.E)
	fmt.Println(math.IsNaN(math.NaN()), math.IsInf(math.Inf(-1), -1), math.Signbit(math.Copysign(0, -1)), math.Copysign(3, -1))
	i, f := math.Modf(3.75)
	fmt.Println(i, f, math.Float64bits(1.0), math.Float64frombits(0x4000000000000000))
	for x := 0.5; x < 5; x += 1.25 {
		fmt.Printf("%.4f %.4f %v\n", math.Sin(x), math.Exp(x), math.Sqrt(x))
	}
}
