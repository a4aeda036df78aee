// Peer of goroscope-bench-runtime's spawn: start n empty goroutines and join them with a WaitGroup;
// prints ns per goroutine.
package main

import (
	"flag"
	"fmt"
	"sync"
	"time"
)

func main() {
	n := flag.Int("n", 1000000, "goroutines")
	flag.Parse()
	var wg sync.WaitGroup
	t0 := time.Now()
	wg.Add(*n)
	for i := 0; i < *n; i++ {
		go func() { wg.Done() }()
	}
	wg.Wait()
	fmt.Printf("BENCH spawn %.2f ns/task\n", float64(time.Since(t0).Nanoseconds())/float64(*n))
}
