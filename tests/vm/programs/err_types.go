package main

import "fmt"

func add(a, b int) int { return a + b }

func get() (int, error) { return 1, nil }

func noret(x int) int {
	if x > 0 {
		return 1
	}
}

func main() {
	var s string = 5
	n := add(1)
	m := add(1, 2, 3)
	v := get()
	fmt.Println(s, n, m, v, "a"+1, undefinedThing)
}
