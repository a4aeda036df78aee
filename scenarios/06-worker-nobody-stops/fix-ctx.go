// Worker nobody stops, fixed: the worker takes a context and selects on it
// next to the jobs channel, checking ok so that a close also ends it.
package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

func worker(ctx context.Context, jobs <-chan string) {
	for {
		select {
		case <-ctx.Done(): // FIX: the caller cancelled: stop even if jobs stays open
			fmt.Println("worker: cancelled")
			return
		case job, ok := <-jobs:
			if !ok { // FIX: a closed channel also ends the loop
				fmt.Println("worker: jobs closed")
				return
			}
			fmt.Println("worker: did", job)
		}
	}
}

func submitAll(ctx context.Context, names []string) {
	jobs := make(chan string)
	go worker(ctx, jobs)
	for _, name := range names {
		jobs <- name
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	submitAll(ctx, []string{"resize", "upload", "notify"})
	time.Sleep(20 * time.Millisecond)
	cancel() // FIX: main's way to stop the worker it started
	time.Sleep(30 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
