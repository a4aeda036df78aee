// args: -n=abc
// An invalid flag value prints an error and the usage to stderr and exits with status 2.
package main

import (
	"flag"
	"fmt"
)

func main() {
	n := flag.Int("n", 5, "number of goroutines")
	flag.Parse()
	fmt.Println("never printed", *n)
}
