// Structs are comparable only when all their fields are: a struct holding a slice, a map or a
// func cannot be compared with == or used as a map key, and neither can an array of them.
package main

import "fmt"

type job struct {
	id   int
	deps []int
}

type task struct {
	name string
	run  func()
}

func main() {
	a, b := job{1, nil}, job{1, nil}
	fmt.Println(a == b)
	t := task{name: "x"}
	fmt.Println(t != task{})
	seen := map[job]bool{}
	var pair [2]job
	fmt.Println(pair == pair, seen)
}
