// Closures capture variables by reference: they see and change the variable, not a copy.
package main

import "fmt"

func counter() (func() int, func()) {
	n := 0
	return func() int { n++; return n }, func() { n = 100 }
}

func main() {
	next, reset := counter()
	fmt.Println(next(), next(), next())
	reset()
	fmt.Println(next())

	other, _ := counter()
	fmt.Println(other())

	x := 1
	show := func() { fmt.Println("x is", x) }
	x = 2
	show()

	var fs []func() int
	for i := 0; i < 3; i++ {
		i := i // one variable per iteration
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
