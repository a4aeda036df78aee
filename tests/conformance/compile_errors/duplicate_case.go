// Duplicate cases in an expression switch and a duplicate map key in a literal.
package main

import "fmt"

func main() {
	x := 2
	switch x {
	case 1:
	case 1:
	}
	m := map[string]int{"a": 1, "a": 2}
	fmt.Println(m)
}
