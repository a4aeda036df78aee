// append on nil and empty slices, len and cap, and appending one slice to another. Capacities are
// printed only where Go's growth rule is well defined for small sizes.
package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s), s)
	s = append(s, 1)
	s = append(s, 2, 3)
	fmt.Println(s, len(s))
	t := append([]int{}, s...)
	t = append(t, s...)
	fmt.Println(t)

	m := make([]int, 3, 10)
	fmt.Println(m, len(m), cap(m))
	m = append(m, 7)
	fmt.Println(m, len(m), cap(m))

	b := append([]byte("abc"), "def"...)
	fmt.Println(string(b))
	e := []string{}
	fmt.Println(e == nil, e)
}
