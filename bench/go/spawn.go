// spawn: start n empty goroutines and wait for all of them with one WaitGroup; the time covers
// creation, scheduling and exit. Prints: BENCH spawn <ns> ns/task
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
	start := time.Now()
	for i := 0; i < *n; i++ {
		wg.Add(1)
		go func() {
			wg.Done()
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)
	fmt.Printf("BENCH spawn %.1f ns/task\n", float64(elapsed.Nanoseconds())/float64(*n))
}
