// Struct literals: too few or too many positional values, unknown or repeated field names, mixing.
package main

import "fmt"

type point struct{ x, y int }

func main() {
	a := point{1}
	b := point{1, 2, 3}
	c := point{x: 1, z: 2}
	d := point{x: 1, x: 2}
	e := point{x: 1, 2}
	fmt.Println(a, b, c, d, e)
}
