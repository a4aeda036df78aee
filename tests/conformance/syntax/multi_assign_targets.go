// In a multi-assignment the targets' operands are evaluated first: a field, map entry, pointer
// or element named through a variable that the same assignment changes keeps the old one.
package main

import "fmt"

type point struct{ x, y int }

func main() {
	a, b := &point{1, 1}, &point{2, 2}
	p := a
	p, p.x = b, 10 // sets a.x
	fmt.Println(*a, *b, p == b)

	m1, m2 := map[string]int{}, map[string]int{}
	m := m1
	m, m["k"] = m2, 5 // writes into m1
	fmt.Println(m1, m2, len(m))

	x, y := 1, 2
	q := &x
	q, *q = &y, 7 // writes x
	fmt.Println(x, y, *q)

	arr := [3]int{}
	k := 0
	k, arr[k], arr[k+1] = 2, 8, 9
	fmt.Println(k, arr)
}
