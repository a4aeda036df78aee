package main

import "fmt"

type point struct{ X, Y int }

// Composite literals are operands anywhere an expression is: in argument lists, on either side of
// a comparison, indexed and sliced.
func main() {
	fmt.Println([2]int{1, 2} != [2]int{1, 3}, [2]int{1, 2} == [2]int{1, 2})
	fmt.Println(point{1, 2} == point{1, 2}, len([]int{1, 2, 3}) + 1)
	fmt.Println([]int{4, 5, 6}[1], []string{"a", "b"}[0] + "!", map[string]int{"k": 7}["k"] * 2)
	fmt.Println([3]int{1, 2, 3}[2], len(map[int]bool{1: true}) > 0, struct{ A int }{5}.A)
	fmt.Println(append([]int{1}, []int{2, 3}...), [...]string{"x", "y"}[1] < "z")
}
