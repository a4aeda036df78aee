// Embedding a pointer type promotes its methods; the embedded pointer is shared between copies.
package main

import "fmt"

type logger struct {
	prefix string
	lines  int
}

func (l *logger) Log(msg string) {
	l.lines++
	fmt.Println(l.prefix + msg)
}

type service struct {
	*logger
	name string
}

func main() {
	lg := &logger{prefix: "[svc] "}
	a := service{lg, "a"}
	b := a // copies the pointer, not the logger
	a.Log("from a")
	b.Log("from b")
	fmt.Println(lg.lines, a.lines, b.lines)
}
