// Selecting something an interface does not declare, and a pointer to an interface.
package main

import "fmt"

type shape interface {
	Area() float64
}

type square struct{ side float64 }

func (s square) Area() float64 { return s.side * s.side }

func main() {
	var sh shape = square{2}
	fmt.Println(sh.Perimeter())
	fmt.Println(sh.side)
	p := &sh
	fmt.Println(p.Area())
}
