// Package variables initialise in dependency order (then declaration order), also through
// functions and methods that read other variables; a spec with one call initialises together.
package main

import "fmt"

var (
	a = c + b // after b and c
	b = f()   // f reads d: after d
	c = f()
	d = 3
)

var x, y = g(), 10 // x needs y, which is declared with it

func f() int {
	d++
	return d
}

func g() int { return y * 2 }

type T struct{ n int }

func (t T) get() int { return z }

var w = T{}.get() // the method reads z: z first
var z = 5

var p, q = pair() // both from one call

func pair() (int, int) { return w + 1, w + 2 }

func main() {
	fmt.Println(a, b, c, d, x, y, z, w, p, q)
}
