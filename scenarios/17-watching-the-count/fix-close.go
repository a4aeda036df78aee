// Watching the count, fixed: each request closes its finished channel when it
// ends, so its helper returns. The counts the monitor prints stay flat.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func monitor(seconds int, done chan<- struct{}) {
	for s := 1; s <= seconds; s++ {
		time.Sleep(time.Second)
		fmt.Printf("after %ds: goroutines=%d\n", s, runtime.NumGoroutine())
	}
	close(done)
}

// handle starts a helper that waits for the request to finish.
func handle(finished <-chan struct{}) {
	go func() {
		<-finished // returns when the request ends
	}()
}

func main() {
	done := make(chan struct{})
	go monitor(3, done)

	time.Sleep(50 * time.Millisecond) // requests arrive at 50ms, 150ms, 250ms, ...
	for r := 0; r < 30; r++ {
		finished := make(chan struct{})
		handle(finished)
		close(finished) // FIX: the request is over; tell its helper
		time.Sleep(100 * time.Millisecond)
	}

	<-done
	time.Sleep(10 * time.Millisecond)
	fmt.Println("at exit: goroutines =", runtime.NumGoroutine())
}
