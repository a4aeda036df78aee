// Constants must be computable at compile time and fit their type.
package main

import "math"

func f() int { return 1 }

const a = f()
const b int = 1.5
const c uint8 = 256
const d = math.Sqrt(4)

var v = 3

const e = v

func main() {
	_, _, _, _, _ = a, b, c, d, e
}
