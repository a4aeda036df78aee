// Slices, maps and functions can only be compared to nil; structs with such fields not at all.
package main

import "fmt"

type bag struct{ items []int }

func main() {
	a, b := []int{1}, []int{1}
	fmt.Println(a == b)
	m := map[string]int{}
	fmt.Println(m != m)
	f := func() {}
	fmt.Println(f == f)
	x, y := bag{}, bag{}
	fmt.Println(x == y)
	fmt.Println(a == nil, m == nil, f == nil)
}
