// exit: 2
// A panic during a deferred call while panicking: both panics are printed, the first marked
// "[recovered]" only if it was recovered; here it was not recovered.
package main

import "fmt"

func main() {
	defer func() {
		panic("second")
	}()
	fmt.Println("start")
	panic("first")
}
