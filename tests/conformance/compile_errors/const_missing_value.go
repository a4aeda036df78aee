// A constant needs a value (or the previous line's, in a group).
package main

const (
	a int
	b
)

const c, d = 1

const e = 1, 2

func main() {
	const f
	_, _, _ = a, b, c
}
