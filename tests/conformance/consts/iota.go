// iota in grouped constants: skipped values, expressions, repetition of the last expression.
package main

import "fmt"

type weekday int

const (
	sunday weekday = iota
	monday
	tuesday
)

const (
	_  = iota
	KB = 1 << (10 * iota)
	MB
	GB
)

const (
	a = iota * 10
	b
	_
	d
	e, f = iota, iota + 100
	g, h
)

func main() {
	fmt.Println(sunday, monday, tuesday)
	fmt.Println(KB, MB, GB)
	fmt.Println(a, b, d, e, f, g, h)
}
