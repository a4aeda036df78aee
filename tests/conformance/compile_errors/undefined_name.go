// Undefined names: a variable, a function, a package member and a field.
package main

import "fmt"

type point struct{ X int }

func main() {
	fmt.Println(count)
	doWork()
	fmt.Printline("x")
	p := point{}
	fmt.Println(p.Y)
}
