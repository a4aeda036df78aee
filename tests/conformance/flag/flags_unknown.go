// args: -bogus
// An undefined flag prints "flag provided but not defined" and the usage, and exits with status 2.
package main

import (
	"flag"
	"fmt"
)

func main() {
	mode := flag.String("mode", "leak", "leak or fix")
	flag.Parse()
	fmt.Println("never printed", *mode)
}
