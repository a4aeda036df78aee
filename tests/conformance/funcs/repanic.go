// A deferred function that recovers and panics again: the new panic replaces the old one, and a
// later recover sees the new value.
package main

import "fmt"

func level1() {
	defer func() {
		r := recover()
		fmt.Println("level1 caught:", r)
		panic(fmt.Sprintf("re-panic(%v)", r))
	}()
	panic("first")
}

func main() {
	defer func() {
		fmt.Println("main caught:", recover())
	}()
	level1()
}
