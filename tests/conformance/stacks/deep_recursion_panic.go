// stack: full
package main

import "fmt"

// A panic deep in a recursion: Go's traceback walks at most 100 frames, counting its own hidden
// ones (gopanic, the runtime helper of a run-time error, the two that run a deferred call while
// a panic unwinds), and drops the rest silently; "created by" still ends the goroutine's stack.
type tree struct {
	left, right *tree
	value       int
}

func sum(t *tree, depth int) int {
	if depth == 0 {
		return t.value // t is nil down here: a nil dereference
	}
	return sum(t, depth-1) + 1
}

func main() {
	done := make(chan bool)
	go func() {
		defer close(done)
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
			panic(fmt.Sprint("re-panic: ", r))
		}()
		fmt.Println(sum(nil, 150))
	}()
	<-done
}
