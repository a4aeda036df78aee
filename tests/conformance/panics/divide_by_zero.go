// exit: 2
// Integer division by a zero variable panics; float division gives +Inf instead.
package main

import "fmt"

func main() {
	zero := 0
	f := 0.0
	fmt.Println(1 / f)
	fmt.Println(10 % 3)
	fmt.Println(10 / zero)
}
