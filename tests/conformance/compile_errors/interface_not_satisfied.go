// A type that lacks a method (or has it only on the pointer) does not implement an interface.
package main

import "fmt"

type shape interface{ Area() float64 }

type square struct{ s float64 }

func (q *square) Area() float64 { return q.s * q.s }

type circle struct{}

func main() {
	var a shape = square{2}
	var b shape = circle{}
	fmt.Println(a, b)
}
