// exit: 2
// Calling a nil func value is a nil pointer dereference.
package main

import "fmt"

func main() {
	var f func(int) int
	fmt.Println("calling nil func")
	fmt.Println(f(1))
}
