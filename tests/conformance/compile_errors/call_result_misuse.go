// A function's results: none used as a value, several in a single-value place, results unused.
package main

import "fmt"

func nothing() {}

func pair() (int, int) { return 1, 2 }

func main() {
	x := nothing()
	y := pair() + 1
	fmt.Println(nothing())
	var z int = pair()
	_, _, _ = x, y, z
}
