// args: -h
// -h prints the usage (PrintDefaults: types, defaults, quoted string defaults, back-quoted value
// names, one-letter bool flags on one line) to stderr and exits with status 0.
package main

import (
	"flag"
	"fmt"
	"time"
)

func main() {
	flag.Int("workers", 4, "number of `N` workers")
	flag.String("mode", "leak", "leak or fix")
	flag.String("out", "", "output file")
	flag.Bool("v", false, "verbose")
	flag.Bool("dry-run", true, "only print")
	flag.Duration("timeout", 2*time.Second, "how long to wait\nbefore giving up")
	flag.Float64("rate", 0, "rate limit")
	flag.Uint("retries", 3, "retries")
	flag.Parse()
	fmt.Println("not reached")
}
