// exit: 1
// A typical error exit: message to stderr with fmt.Fprintln(os.Stderr, ...) and os.Exit(1).
package main

import (
	"fmt"
	"os"
)

func main() {
	fmt.Println("working")
	fmt.Fprintln(os.Stderr, "error: something failed")
	os.Exit(1)
}
