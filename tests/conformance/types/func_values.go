// Functions are values: stored in variables, slices and maps; compared only with nil.
package main

import "fmt"

func add(a, b int) int { return a + b }
func sub(a, b int) int { return a - b }

func apply(f func(int, int) int, a, b int) int { return f(a, b) }

func main() {
	ops := []func(int, int) int{add, sub, func(a, b int) int { return a * b }}
	for _, op := range ops {
		fmt.Print(apply(op, 6, 3), " ")
	}
	fmt.Println()

	table := map[string]func(int, int) int{"add": add, "sub": sub}
	fmt.Println(table["add"](1, 2), table["sub"](1, 2))

	var f func()
	fmt.Println(f == nil)
	f = func() { fmt.Println("called") }
	fmt.Println(f != nil)
	f()
}
