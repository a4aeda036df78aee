// Unused variables are reported inside function literals and if/for init statements too.
package main

import "fmt"

func main() {
	f := func() {
		inner := 1
	}
	f()
	for i := 0; i < 1; i++ {
		v := i
	}
	if w := 2; true {
		fmt.Println("w unused")
	}
}
