// fmt prints maps with their keys sorted: strings, ints (numerically), floats, bools, and structs.
package main

import "fmt"

type pt struct{ X, Y int }

func main() {
	fmt.Println(map[string]int{"zeta": 1, "alpha": 2, "Mid": 3})
	fmt.Println(map[int]string{10: "ten", -1: "neg", 2: "two"})
	fmt.Println(map[float64]bool{2.5: true, -1: false, 0: true})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[pt]string{{2, 1}: "b", {1, 9}: "a", {1, 2}: "c"})
	fmt.Printf("%v\n%+v\n", map[string]pt{"p": {1, 2}}, map[string]pt{"p": {1, 2}})
	fmt.Println(map[string][]int{"b": {2}, "a": {1, 1}}, map[string]int{})
}
