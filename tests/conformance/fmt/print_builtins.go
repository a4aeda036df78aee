// exit: 2
// The print and println builtins write to stderr with Go's runtime formats (floats as
// +1.500000e+000 with Go's own rounding, NaN, +Inf), and a float panic value prints the same way.
package main

import "math"

type E struct{}

func (E) Error() string { return "e" }

func main() {
	println(math.NaN(), math.Inf(1), math.Inf(-1), 0.0, -2.5, 1e300, float32(1.5))
	println(true, false, 42, -7, uint8(200), "str", 'x')
	var e error
	println(e == nil)
	print("a", 1, 2, "b\n")
	println()
	println("done")
	panic(-2.5)
}
