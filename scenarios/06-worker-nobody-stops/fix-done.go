// Worker nobody stops, fixed: the caller closes jobs, and the worker closes a
// done channel as it exits, so the caller (or a test) can wait to see it end.
package main

import (
	"fmt"
	"runtime"
	"time"
)

// startWorker returns the jobs channel to feed and a channel closed when the worker is gone.
func startWorker() (chan<- string, <-chan struct{}) {
	jobs := make(chan string)
	done := make(chan struct{})
	go func() {
		defer close(done) // FIX: announce the exit
		for job := range jobs {
			fmt.Println("worker: did", job)
		}
	}()
	return jobs, done
}

func main() {
	jobs, done := startWorker()
	for _, name := range []string{"resize", "upload", "notify"} {
		jobs <- name
	}
	close(jobs) // FIX: no more work
	<-done      // FIX: wait until the worker has really stopped
	fmt.Println("worker stopped")
	time.Sleep(10 * time.Millisecond) // the goroutine ends just after close(done)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
