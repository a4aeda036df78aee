// float64 arithmetic, conversions to and from integers (truncation), and how Println prints floats.
package main

import (
	"fmt"
	"math"
)

func main() {
	a := 0.1 + 0.2
	fmt.Println(a, a == 0.3)
	fmt.Println(3.0, 2.5, 1e21, 1e20, 1e-7, 123456789.0)
	pos, neg := 3.99, -3.99
	fmt.Println(float64(7)/2, int(pos), int(neg))
	var f float64 = 10
	fmt.Println(f/3, math.Sqrt(2))
	zero := 0.0
	fmt.Println(1/zero, -1/zero, math.NaN(), zero/zero == zero/zero)
	var f32 float32 = 1.1
	fmt.Println(f32, float64(f32))
}
