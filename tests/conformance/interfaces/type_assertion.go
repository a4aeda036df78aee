// Type assertions: the single-value form panics on mismatch, the comma-ok form returns the zero
// value and false; assertion to an interface type checks the method set.
package main

import "fmt"

type speaker interface{ Speak() string }
type duck struct{}

func (duck) Speak() string { return "quack" }

func main() {
	var v interface{} = 42
	n := v.(int)
	fmt.Println(n + 1)
	s, ok := v.(string)
	fmt.Printf("%q %v\n", s, ok)
	f, ok := v.(float64)
	fmt.Println(f, ok)

	var x interface{} = duck{}
	if sp, ok := x.(speaker); ok {
		fmt.Println(sp.Speak())
	}
	_, ok = v.(speaker)
	fmt.Println(ok)

	var nothing interface{}
	_, ok = nothing.(int)
	fmt.Println(ok)
}
