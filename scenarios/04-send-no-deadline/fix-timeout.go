// Send with no deadline, fixed: each worker's send selects on a timeout
// (time.After), so a worker whose result nobody takes gives up and returns.
package main

import (
	"flag"
	"fmt"
	"runtime"
	"time"
)

const patience = 50 * time.Millisecond

// worker i needs i*40ms, then reports.
func worker(id int, results chan<- int) {
	time.Sleep(time.Duration(id) * 40 * time.Millisecond)
	select {
	case results <- id:
	case <-time.After(patience): // FIX: nobody took the result in time; drop it
	}
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

	time.Sleep(time.Duration(*n)*40*time.Millisecond + 100*time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
