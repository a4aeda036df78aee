// Leak: workers wait on a channel that is never closed; the count grows by one per worker.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func startWorker(jobs <-chan int) {
	go func() {
		for j := range jobs {
			_ = j
		}
	}()
}

func main() {
	for i := 1; i <= 4; i++ {
		jobs := make(chan int)
		startWorker(jobs)
		jobs <- i
		time.Sleep(10 * time.Millisecond)
		fmt.Println("after request", i, "goroutines:", runtime.NumGoroutine())
	}
}
