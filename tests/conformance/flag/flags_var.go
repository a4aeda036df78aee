// args: -workers=3 -name=pool -- -notaflag
// flag.IntVar and StringVar bind existing variables; "--" ends the flags.
package main

import (
	"flag"
	"fmt"
)

var (
	workers int
	name    string
)

func main() {
	flag.IntVar(&workers, "workers", 8, "workers")
	flag.StringVar(&name, "name", "default", "name")
	flag.Parse()
	fmt.Println(workers, name, flag.Args())
}
