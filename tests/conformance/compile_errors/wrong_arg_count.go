// Calling a function with too many and too few arguments.
package main

func add(a, b int) int { return a + b }

func main() {
	_ = add(1)
	_ = add(1, 2, 3)
}
