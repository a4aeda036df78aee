// Maps print with keys sorted: numbers numerically (negative first), strings bytewise, false
// before true, structs and arrays field by field; values of any kind.
package main

import "fmt"

type key struct {
	A string
	B int
}

func main() {
	fmt.Println(map[int]string{10: "ten", -1: "neg", 2: "two", 0: "zero"})
	fmt.Println(map[float64]int{2.5: 1, -1.5: 2, 0: 3, 100: 4})
	fmt.Println(map[string]int{"b": 1, "B": 2, "a": 3, "ab": 4, "": 5})
	fmt.Println(map[bool]int{true: 1, false: 0})
	fmt.Println(map[key]int{{"b", 1}: 1, {"a", 2}: 2, {"a", 1}: 3})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 9}: "y", {1, 2}: "z"})
	fmt.Println(map[rune]bool{'z': true, 'a': false})
	fmt.Println(map[interface{}]int{3: 1, 1: 2, 2: 3})
	fmt.Println(map[uint8]int{200: 1, 3: 2})
	fmt.Printf("%v %d %x\n", map[string]int{"k": 255}, map[string]int{"k": 255}, map[string]int{"k": 255})
	var nilmap map[string]int
	fmt.Println(nilmap, len(nilmap), map[string][]int{"a": {1, 2}, "b": nil})
}
