// exit: 4
// os.Exit inside a deferred function ends the program at once with its code: later deferred
// calls do not run, and an in-flight panic is never printed.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("never printed")
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
			os.Exit(4)
		}
	}()
	fmt.Println("working")
	var m map[int]int
	m[1] = 2
}
