// Types in messages keep what the source wrote: parameter and result names, any, byte.
package main

import "fmt"

type writer interface {
	Write(p []byte) (n int, err error)
}

type file struct{}

func (f file) Write(b []byte) int { return 0 }

type point struct{ x int }

func (p *point) move(dx, dy int) {}

func split(s string) (head, tail string) { return s, s }

func main() {
	var f func(int) = func(s string) {}
	var w writer = file{}
	var a any = 1
	var s string = a
	x := split("a")
	m := (*point).move
	var n int = m
	fmt.Println(f, w, s, x, n)
}
