// Funcs, maps and slices compare only with nil: a map of handlers cannot be searched with ==,
// and a func cannot be a map key.
package main

import "fmt"

func hello() {}

func main() {
	handlers := map[string]func(){"a": hello}
	if handlers["a"] == hello {
		fmt.Println("found")
	}
	if handlers["a"] != nil {
		fmt.Println("set")
	}
	m1, m2 := map[int]int{}, map[int]int{}
	fmt.Println(m1 == m2)
	byFunc := map[func()]string{}
	s := []int{1}
	fmt.Println(s == nil, s == s, byFunc)
}
