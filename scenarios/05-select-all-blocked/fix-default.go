// Select with every case blocked, fixed: a default case turns the select into a
// poll. The waiter checks once, finds nothing, and moves on instead of waiting.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func checkReply(replies <-chan string, errs <-chan error) {
	select {
	case r := <-replies:
		fmt.Println("reply:", r)
	case err := <-errs:
		fmt.Println("error:", err)
	default: // FIX: nothing ready right now; do not wait at all
		fmt.Println("waiter: no reply yet, moving on")
	}
}

func main() {
	for i := 1; i <= 3; i++ {
		replies := make(chan string)
		errs := make(chan error)
		go checkReply(replies, errs)
	}

	time.Sleep(100 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
