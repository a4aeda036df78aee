// for loops: three-clause, condition only, infinite with break, continue, and range over an int
// counter, arrays and strings.
package main

import "fmt"

func main() {
	for i := 0; i < 3; i++ {
		fmt.Print(i, " ")
	}
	fmt.Println()

	n := 1
	for n < 100 {
		n *= 3
	}
	fmt.Println(n)

	k := 0
	for {
		k++
		if k%2 == 0 {
			continue
		}
		if k > 7 {
			break
		}
		fmt.Print(k, " ")
	}
	fmt.Println()

	for i, j := 0, 10; i < j; i, j = i+2, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()

	var i int
	for i = 0; i < 5; i++ {
	}
	fmt.Println("after loop i =", i)
}
