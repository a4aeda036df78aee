// The blank identifier discards values; an inner := shadows an outer variable only in its block.
package main

import "fmt"

func two() (int, int) { return 1, 2 }

func main() {
	_, second := two()
	fmt.Println(second)

	x := 1
	if x := 2; x > 1 {
		fmt.Println("inner", x)
	}
	fmt.Println("outer", x)

	{
		x := "shadow"
		fmt.Println(x)
	}
	x, y := 5, 6 // x is reused, y is new
	fmt.Println(x, y)

	for _, v := range []string{"a", "b"} {
		fmt.Print(v)
	}
	fmt.Println()
}
