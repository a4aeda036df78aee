// Go has no ?: operator.
package main

import "fmt"

func main() {
	a, b := 1, 2
	max := a > b ? a : b
	fmt.Println(max)
}
