// The fix for the leak per request: a buffer with room for every sender lets the losers finish.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func handle(id int) int {
	results := make(chan int, 2)
	go func() { results <- id * 2 }()
	go func() { results <- id * 3 }()
	return <-results
}

func main() {
	for i := 1; i <= 6; i++ {
		handle(i)
	}
	time.Sleep(30 * time.Millisecond)
	fmt.Println("leaked:", runtime.NumGoroutine()-1)
}
