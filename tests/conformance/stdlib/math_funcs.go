// math: constants and the common functions.
package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.Pi, math.E)
	fmt.Println(math.MaxInt64, math.MinInt64, math.MaxInt32, math.MaxUint8)
	fmt.Println(math.Sqrt(16), math.Pow(2, 10), math.Abs(-3.5), math.Cbrt(27))
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(2.5), math.Round(-2.5), math.Trunc(-2.7))
	fmt.Println(math.Max(3, 7), math.Min(3, 7), math.Mod(7, 3), math.Hypot(3, 4))
	fmt.Printf("%.4f %.4f %.4f %.4f\n", math.Sin(math.Pi/2), math.Cos(0), math.Log(math.E), math.Exp(1))
	fmt.Println(math.Inf(1), math.IsInf(math.Inf(-1), -1), math.IsNaN(math.NaN()))
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64)
	fmt.Println(math.Log2(8), math.Log10(1000))
}
