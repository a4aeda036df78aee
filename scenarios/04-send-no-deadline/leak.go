// Send with no deadline: n workers report to a collector that gives up after
// 100ms. Every worker that finishes later blocks on its send forever.
package main

import (
	"flag"
	"fmt"
	"runtime"
	"time"
)

// worker i needs i*40ms, then reports.
func worker(id int, results chan<- int) {
	time.Sleep(time.Duration(id) * 40 * time.Millisecond)
	results <- id // LEAK: once the collector has given up, this send never completes
}

func main() {
	n := flag.Int("n", 5, "number of workers")
	flag.Parse()

	results := make(chan int)
	for i := 1; i <= *n; i++ {
		go worker(i, results)
	}

	deadline := time.After(100 * time.Millisecond)
collect:
	for got := 0; got < *n; got++ {
		select {
		case id := <-results:
			fmt.Println("result from worker", id)
		case <-deadline:
			fmt.Println("collector: giving up")
			break collect
		}
	}

	time.Sleep(time.Duration(*n)*40*time.Millisecond + 50*time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
