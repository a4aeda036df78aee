// Send with no deadline, fixed: collector and workers share one context with a
// deadline; when it passes, the collector stops and every pending send gives up.
package main

import (
	"context"
	"flag"
	"fmt"
	"runtime"
	"time"
)

// worker i needs i*40ms, then reports unless the deadline has passed.
func worker(ctx context.Context, id int, results chan<- int) {
	time.Sleep(time.Duration(id) * 40 * time.Millisecond)
	select {
	case results <- id:
	case <-ctx.Done(): // FIX: the shared deadline passed; nobody is collecting
	}
}

func main() {
	n := flag.Int("n", 5, "number of workers")
	flag.Parse()

	ctx, cancel := context.WithTimeout(context.Background(), 100*time.Millisecond)
	defer cancel()
	results := make(chan int)
	for i := 1; i <= *n; i++ {
		go worker(ctx, i, results)
	}

collect:
	for got := 0; got < *n; got++ {
		select {
		case id := <-results:
			fmt.Println("result from worker", id)
		case <-ctx.Done(): // the same deadline ends the collector
			fmt.Println("collector: giving up:", ctx.Err())
			break collect
		}
	}

	time.Sleep(time.Duration(*n)*40*time.Millisecond + 50*time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
