// Arrays are values: assignment and passing copy them; == compares elements; len is constant.
package main

import "fmt"

func zeroFirst(a [3]int) { a[0] = 0 }

func main() {
	a := [3]int{1, 2, 3}
	b := a
	b[0] = 100
	zeroFirst(a)
	fmt.Println(a, b, a == b, len(a))

	c := [...]string{"x", "y"}
	fmt.Println(c, len(c))

	var grid [2][3]int
	grid[1][2] = 5
	fmt.Println(grid)

	idx := [5]int{1: 10, 3: 30}
	fmt.Println(idx)

	for i, v := range a {
		fmt.Print(i, "=", v, " ")
	}
	fmt.Println()
	pa := &a
	pa[1] = 20
	fmt.Println(a)
}
