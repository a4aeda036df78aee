// A worker loops until its context is cancelled, then reports how it stopped.
package main

import (
	"context"
	"fmt"
	"time"
)

func worker(ctx context.Context, results chan<- string) {
	ticker := time.NewTicker(10 * time.Millisecond)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			results <- "stopped: " + ctx.Err().Error()
			return
		case <-ticker.C:
		}
	}
}

func main() {
	results := make(chan string)
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	go worker(ctx, results)
	fmt.Println(<-results)

	ctx2, cancel2 := context.WithCancel(context.Background())
	go worker(ctx2, results)
	time.Sleep(20 * time.Millisecond)
	cancel2()
	fmt.Println(<-results)
}
