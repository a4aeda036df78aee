package main

// args: -mode fixed -n 4 -timeout 70ms -v extra words

import (
	"context"
	"flag"
	"fmt"
	"os"
	"runtime"
	"time"
)

// A leak lab a teacher hands out: flags choose the variant (leaky or fixed), the number of
// requests and the timeout; the program reports how many goroutines are left behind.
var (
	mode    = flag.String("mode", "leaky", "leaky or fixed")
	n       = flag.Int("n", 3, "number of requests")
	timeout = flag.Duration("timeout", 50*time.Millisecond, "per-request timeout")
	verbose = flag.Bool("v", false, "print every request")
)

func search(ctx context.Context, q string, fixed bool) (string, error) {
	var ch chan string
	if fixed {
		ch = make(chan string, 1)
	} else {
		ch = make(chan string)
	}
	go func() {
		time.Sleep(100 * time.Millisecond) // slower than any timeout we use
		ch <- "results for " + q
	}()
	select {
	case r := <-ch:
		return r, nil
	case <-ctx.Done():
		return "", fmt.Errorf("search %q: %w", q, ctx.Err())
	}
}

func main() {
	flag.Parse()
	if *mode != "leaky" && *mode != "fixed" {
		fmt.Fprintln(os.Stderr, "unknown mode", *mode)
		flag.Usage()
		os.Exit(2)
	}
	fmt.Printf("mode=%s n=%d timeout=%v verbose=%v args=%v\n", *mode, *n, *timeout, *verbose, flag.Args())
	before := runtime.NumGoroutine()
	for i := 0; i < *n; i++ {
		ctx, cancel := context.WithTimeout(context.Background(), *timeout)
		_, err := search(ctx, fmt.Sprint("q", i), *mode == "fixed")
		cancel()
		if *verbose {
			fmt.Println(" ", err)
		}
	}
	fmt.Println("right after the timeouts:", runtime.NumGoroutine()-before, "goroutines still running")
	time.Sleep(200 * time.Millisecond)
	fmt.Println("after the slow searches finished:", runtime.NumGoroutine()-before, "left behind")
	flag.VisitAll(func(f *flag.Flag) { fmt.Printf("  -%s=%v (default %s)\n", f.Name, f.Value, f.DefValue) })
}
