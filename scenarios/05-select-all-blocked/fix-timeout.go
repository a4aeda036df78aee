// Select with every case blocked, fixed: a timeout case bounds the wait, so
// each waiter gives up by itself after 50ms.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func waitReply(replies <-chan string, errs <-chan error) {
	select {
	case r := <-replies:
		fmt.Println("reply:", r)
	case err := <-errs:
		fmt.Println("error:", err)
	case <-time.After(50 * time.Millisecond): // FIX: waiting has a limit
		fmt.Println("waiter: timed out")
	}
}

func main() {
	for i := 1; i <= 3; i++ {
		replies := make(chan string)
		errs := make(chan error)
		go waitReply(replies, errs)
	}

	time.Sleep(100 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
