// exit: 3
// os.Exit ends the program at once with the given status; deferred calls do not run.
package main

import (
	"fmt"
	"os"
)

func main() {
	defer fmt.Println("deferred (not printed)")
	fmt.Println("exiting with 3")
	os.Exit(3)
}
