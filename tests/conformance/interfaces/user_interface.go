// Small user interfaces satisfied by value types and by pointer types; a nil interface value.
package main

import (
	"fmt"
	"math"
)

type shape interface {
	Area() float64
	Name() string
}

type square struct{ side float64 }
type circle struct{ r float64 }

func (s square) Area() float64  { return s.side * s.side }
func (s square) Name() string    { return "square" }
func (c *circle) Area() float64 { return math.Pi * c.r * c.r }
func (c *circle) Name() string   { return "circle" }

func describe(s shape) string {
	if s == nil {
		return "no shape"
	}
	return fmt.Sprintf("%s %.2f", s.Name(), s.Area())
}

func main() {
	shapes := []shape{square{2}, &circle{1}, &square{3}}
	for _, s := range shapes {
		fmt.Println(describe(s))
	}
	var none shape
	fmt.Println(describe(none), none == nil)
	fmt.Printf("%T %T %T\n", shapes[0], shapes[1], shapes[2])
}
