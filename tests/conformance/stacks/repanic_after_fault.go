// stack: full
// A deferred call that panics again while a nil dereference unwinds: Go still names the signal of
// the fault, after the whole chain.
package main

import "fmt"

type node struct{ next *node }

func main() {
	defer func() {
		r := recover()
		panic(fmt.Sprint("again: ", r))
	}()
	var n *node
	fmt.Println(n.next)
}
