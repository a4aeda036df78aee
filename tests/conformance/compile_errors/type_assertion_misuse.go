// Type assertions need an interface operand and a type that could be stored in it.
package main

import "fmt"

type reader interface{ Read() string }

type file struct{}

func (f *file) Read() string { return "" }

func main() {
	n := 5
	fmt.Println(n.(int))
	var r reader = &file{}
	_ = r.(file)
	var e error
	_ = e.(string)
}
