// gc-stress: --max-heap 64MiB
package main

import "fmt"

// Unbounded recursion: Go's stacks grow to 1 GB, then "fatal error: stack overflow" (a throw:
// exit status 2, no deferred calls run). goroscope stops when the goroutine's frames fill the heap.
type node struct {
	name string
	next *node
}

func depth(n *node) int {
	return 1 + depth(n.next) // the missing base case: a cycle never ends
}

func main() {
	defer fmt.Println("deferred: never printed")
	a := &node{name: "a"}
	b := &node{name: "b", next: a}
	a.next = b
	fmt.Println("measuring a cycle...")
	fmt.Println(depth(a))
}
