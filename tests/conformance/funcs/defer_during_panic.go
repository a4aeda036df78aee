// Deferred calls run while a panic unwinds, in every frame, until one recovers.
package main

import "fmt"

func inner() {
	defer fmt.Println("inner defer")
	panic("deep")
}

func middle() {
	defer fmt.Println("middle defer")
	inner()
	fmt.Println("never printed")
}

func outer() {
	defer func() {
		fmt.Println("outer recovers:", recover())
	}()
	defer fmt.Println("outer defer")
	middle()
}

func main() {
	outer()
	fmt.Println("main goes on")
}
