// Named struct types with multi-name fields, struct literals (keyed and positional), struct copy on
// assignment, comparison with ==, and anonymous structs.
package main

import "fmt"

type point struct {
	X, Y int
}

type rect struct {
	Min, Max point
	Name     string
}

func main() {
	p := point{1, 2}
	q := p // a copy
	q.X = 100
	fmt.Println(p, q, p == q, p == point{Y: 2, X: 1})

	r := rect{Min: point{0, 0}, Max: point{X: 3, Y: 4}, Name: "r"}
	r2 := r
	r2.Max.X = 9
	fmt.Println(r, r2)

	anon := struct {
		A int
		B string
	}{1, "x"}
	fmt.Println(anon)

	var zero rect
	fmt.Printf("%+v\n", zero)
	empty := struct{}{}
	fmt.Println(empty)
}
