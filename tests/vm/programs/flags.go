// args: -mode=fix -n=7 extra
package main

import (
	"flag"
	"fmt"
)

func main() {
	mode := flag.String("mode", "leak", "which variant")
	n := flag.Int("n", 3, "how many")
	verbose := flag.Bool("v", false, "verbose")
	flag.Parse()
	fmt.Println(*mode, *n, *verbose, flag.Args())
}
