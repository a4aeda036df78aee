// Float verbs: %f %.2f %6.1f %-8.3f| %e %g %v, rounding, and special values.
package main

import (
	"fmt"
	"math"
)

func main() {
	x := 3.14159
	fmt.Printf("[%f] [%.2f] [%6.1f] [%-8.3f] [%08.2f] [%+.1f]\n", x, x, x, x, x, x)
	fmt.Printf("[%e] [%E] [%.3e] [%g] [%G]\n", x, x, 123456.789, x, 1e-10)
	fmt.Printf("[%v] [%v] [%v] [%v]\n", 1.0, 1e6, 1e21, 0.000001)
	fmt.Printf("[%.0f] [%.0f] [%.0f] [%.1f] [%.2f]\n", 0.5, 1.5, 2.5, 0.05, 1.005)
	fmt.Printf("[%f] [%5.1f] [%v] [%.2f]\n", math.Inf(1), math.Inf(-1), math.NaN(), -0.0)
	fmt.Printf("[%6.2f%%]\n", 99.5)
	fmt.Println(2.0/3, float32(2.0)/3, 100.0, 1e100)
}
