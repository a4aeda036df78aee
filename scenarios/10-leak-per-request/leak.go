// A leak per request under load: every request starts a progress watcher that
// ranges over a channel the handler never closes. At 1000 requests per second
// the goroutine count climbs by 1000 every second.
package main

import (
	"context"
	"flag"
	"fmt"
	"runtime"
	"time"
)

// watchProgress reports progress updates of one request.
func watchProgress(ctx context.Context, updates <-chan int) {
	for p := range updates { // LEAK: updates is never closed and ctx is ignored
		_ = p
	}
}

func handle(ctx context.Context, id int) {
	updates := make(chan int)
	go watchProgress(ctx, updates)
	updates <- 50
	updates <- 100
	// the response is written; the handler returns without close(updates)
}

func main() {
	rate := flag.Int("rate", 1000, "requests per second")
	duration := flag.Duration("duration", 5*time.Second, "how long the load lasts")
	flag.Parse()

	interval := time.Second / time.Duration(*rate)
	served := 0
	for elapsed := interval; elapsed <= *duration; elapsed += interval {
		ctx, cancel := context.WithCancel(context.Background())
		handle(ctx, served) // one request, with its own context
		cancel()            // the request is over
		served++
		time.Sleep(interval)
		if elapsed%time.Second == 0 {
			time.Sleep(5 * time.Millisecond) // let finished goroutines exit before counting
			fmt.Printf("t=%v requests=%d goroutines=%d\n", elapsed, served, runtime.NumGoroutine())
		}
	}
}
