// Watching the count: a monitor goroutine prints runtime.NumGoroutine() every
// second for three seconds while requests come in, ten per second. Each request
// leaves a goroutine behind, and the printed counts climb by ten every second.
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
		<-finished // LEAK: finished is never closed
	}()
}

func main() {
	done := make(chan struct{})
	go monitor(3, done)

	time.Sleep(50 * time.Millisecond) // requests arrive at 50ms, 150ms, 250ms, ...
	for r := 0; r < 30; r++ {
		finished := make(chan struct{})
		handle(finished)
		// BUG: the request ends here without close(finished)
		time.Sleep(100 * time.Millisecond)
	}

	<-done
	time.Sleep(10 * time.Millisecond)
	fmt.Println("at exit: goroutines =", runtime.NumGoroutine())
}
