// Mismatched types in a binary operation and in an assignment.
package main

import "fmt"

func main() {
	a := 1
	b := "two"
	fmt.Println(a + b)
	var c int = "three"
	var d float64 = 1.5
	fmt.Println(a * d, c)
}
