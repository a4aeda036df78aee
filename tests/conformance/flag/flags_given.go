// args: -mode=fix -n 7 -v --wait=1.5s -rate=0.25 extra words
// flag parses -name=value, -name value, boolean flags without a value and --name; Args holds the rest.
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
	fmt.Println(flag.NArg(), flag.Args(), flag.NFlag(), flag.Arg(0))
}
