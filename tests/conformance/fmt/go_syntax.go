// %#v prints values as Go syntax: type names, quoted strings, field names, nil forms.
package main

import (
	"fmt"
	"time"
)

type Color int

type Pixel struct {
	X, Y  int
	C     Color
	Label string
	Tags  []string
	Attrs map[string]int
	Next  *Pixel
	Any   interface{}
}

func main() {
	p := Pixel{X: 1, Y: 2, C: 3, Label: "dot", Tags: []string{"a"}, Attrs: map[string]int{"z": 1, "a": 2}}
	fmt.Printf("%#v\n", p)
	fmt.Printf("%#v\n", &p)
	fmt.Printf("%#v %#v %#v %#v\n", 42, "hi", 3.0, true)
	fmt.Printf("%#v %#v %#v\n", []int(nil), []int{}, map[int]bool(nil))
	fmt.Printf("%#v %#v\n", [2]string{"x", "y"}, struct{ A, B int }{1, 2})
	fmt.Printf("%#v %#v %#v\n", uint8(200), 'x', time.Duration(5))
	var e error
	fmt.Printf("%#v %#v\n", e, []interface{}{1, "a", nil})
	fmt.Printf("%#x %#o %#b %#q\n", 255, 8, 5, "back`tick")
}
