// Untyped constants take the type the context needs; constant arithmetic is exact.
package main

import (
	"fmt"
	"time"
)

const big = 1 << 100
const third = 1.0 / 3
const half = 1 / 2 // integer constant division

func main() {
	fmt.Println(big >> 98)
	var f float64 = third
	fmt.Println(f, half)
	var d time.Duration = 3 // untyped 3 becomes a Duration
	fmt.Println(d, d*time.Second)
	const c = 'a' + 1
	fmt.Println(c, string(rune(c)))
	fmt.Printf("%T %T %T %T\n", 1, 1.5, 'x', "s")
	var x uint8 = 255 - 250 + 1
	fmt.Println(x)
}
