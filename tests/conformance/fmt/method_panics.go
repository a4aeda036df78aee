// A String or Error method that panics prints %!v(PANIC=String method: ...); a nil pointer
// receiver whose method dereferences it prints <nil>.
package main

import (
	"errors"
	"fmt"
)

type boom struct{}

func (boom) String() string { panic("kaboom") }

type node struct{ name string }

func (n *node) String() string { return "node " + n.name }

type badErr struct{}

func (badErr) Error() string { panic(errors.New("inner failure")) }

type idx struct{ i int }

func (x idx) String() string { return []string{"a"}[x.i] }

func main() {
	fmt.Println(boom{})
	fmt.Printf("[%s] [%d]\n", boom{}, boom{})
	var n *node
	fmt.Println(n)
	fmt.Printf("%v|%s\n", n, []*node{n, {"x"}})
	fmt.Println(badErr{})
	fmt.Println(idx{5})
	fmt.Println("still running")
}
