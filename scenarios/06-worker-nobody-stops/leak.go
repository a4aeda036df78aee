// Worker nobody stops: a background worker ranges over a jobs channel. The
// caller sends its jobs and returns, but never closes the channel.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func worker(jobs <-chan string) {
	for job := range jobs { // LEAK: jobs is never closed, so the range never ends
		fmt.Println("worker: did", job)
	}
	fmt.Println("worker: exiting") // never reached
}

func submitAll(names []string) {
	jobs := make(chan string)
	go worker(jobs)
	for _, name := range names {
		jobs <- name
	}
	// missing: close(jobs)
}

func main() {
	submitAll([]string{"resize", "upload", "notify"})
	time.Sleep(50 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
