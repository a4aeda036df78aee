// args: -timeout=abc
// A custom flag.Usage replaces the default one; a bad duration says "parse error"; exit 2.
package main

import (
	"flag"
	"fmt"
	"os"
	"time"
)

func main() {
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: %s [flags] files...\n", "tool")
		flag.PrintDefaults()
	}
	flag.Duration("timeout", time.Second, "per-request timeout")
	flag.Parse()
	fmt.Println("not reached")
}
