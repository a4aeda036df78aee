// Select with every case blocked: each waiter selects on a reply channel and an
// error channel. Nobody ever uses either, and there is no other case.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func waitReply(id int, replies <-chan string, errs <-chan error) {
	select { // LEAK: no case can ever become ready
	case r := <-replies:
		fmt.Println("waiter", id, "reply:", r)
	case err := <-errs:
		fmt.Println("waiter", id, "error:", err)
	}
}

func main() {
	for i := 1; i <= 3; i++ {
		replies := make(chan string)
		errs := make(chan error)
		go waitReply(i, replies, errs) // the request was never sent: nothing will answer
	}

	time.Sleep(100 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
