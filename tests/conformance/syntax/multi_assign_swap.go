// Multi-assignment evaluates every right-hand side before assigning: swaps work, and index
// expressions on the left are evaluated first.
package main

import "fmt"

func pair() (int, string) { return 7, "seven" }

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)

	s := []int{10, 20, 30}
	i := 0
	i, s[i] = 2, 99 // s[0] is the target: the index is evaluated before the assignment
	fmt.Println(i, s)

	s[0], s[2] = s[2], s[0]
	fmt.Println(s)

	n, word := pair()
	fmt.Println(n, word)

	x, y, z := 1, 2, 3
	x, y, z = z, x, y
	fmt.Println(x, y, z)
}
