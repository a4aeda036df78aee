// flag with no arguments: every flag has its default value.
package main

import (
	"flag"
	"fmt"
	"time"
)

func main() {
	mode := flag.String("mode", "leak", "leak or fix")
	n := flag.Int("n", 5, "number of goroutines")
	verbose := flag.Bool("v", false, "verbose")
	wait := flag.Duration("wait", 80*time.Millisecond, "how long to wait")
	rate := flag.Float64("rate", 1.5, "rate")
	flag.Parse()
	fmt.Println(*mode, *n, *verbose, *wait, *rate)
	fmt.Println(flag.NArg(), flag.Args(), flag.NFlag())
}
