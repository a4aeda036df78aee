// exit: 3
// os.Exit called from a deferred function after main's work: the code is the exit status,
// and the remaining deferred calls are skipped.
package main

import (
	"fmt"
	"os"
)

func main() {
	code := 0
	defer func() {
		fmt.Println("exiting with", code)
		os.Exit(code)
	}()
	defer fmt.Println("first deferred")
	for _, n := range []int{1, 2, 3} {
		if n == 3 {
			code = 3
		}
	}
	fmt.Println("main done")
}
