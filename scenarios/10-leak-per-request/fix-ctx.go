// A leak per request under load, fixed: the progress watcher also selects on
// the request's context, which the server cancels when the request is over.
// The goroutine count stays flat however long the load lasts.
package main

import (
	"context"
	"flag"
	"fmt"
	"runtime"
	"time"
)

// watchProgress reports progress updates of one request until the request ends.
func watchProgress(ctx context.Context, updates <-chan int) {
	for {
		select {
		case p := <-updates:
			_ = p
		case <-ctx.Done(): // FIX: the request is over, and so is this goroutine
			return
		}
	}
}

func handle(ctx context.Context, id int) {
	updates := make(chan int)
	go watchProgress(ctx, updates)
	updates <- 50
	updates <- 100
}

func main() {
	rate := flag.Int("rate", 1000, "requests per second")
	duration := flag.Duration("duration", 5*time.Second, "how long the load lasts")
	flag.Parse()

	interval := time.Second / time.Duration(*rate)
	served := 0
	for elapsed := interval; elapsed <= *duration; elapsed += interval {
		ctx, cancel := context.WithCancel(context.Background())
		handle(ctx, served)
		cancel() // the request is over: its watcher returns
		served++
		time.Sleep(interval)
		if elapsed%time.Second == 0 {
			time.Sleep(5 * time.Millisecond) // let finished goroutines exit before counting
			fmt.Printf("t=%v requests=%d goroutines=%d\n", elapsed, served, runtime.NumGoroutine())
		}
	}
}
