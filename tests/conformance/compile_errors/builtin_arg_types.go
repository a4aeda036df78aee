// Builtins check their arguments: len of a number, a map key of the wrong type, delete's count.
package main

func main() {
	m := map[string]int{"a": 1}
	_ = len(5)
	_ = m[1]
	delete(m)
	_ = cap(m)
	s := []int{1}
	append(s, 2)
	_ = make([]int)
	_ = make(map[string]int, -1)
	_ = new(5)
}
