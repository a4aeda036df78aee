// time.AfterFunc runs its function in its own goroutine after the delay; Stop before then cancels it.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	done := make(chan string)
	t := time.AfterFunc(20*time.Millisecond, func() { done <- "ran" })
	fmt.Println("goroutines before firing:", runtime.NumGoroutine())
	fmt.Println(<-done)
	fmt.Println("stop after it ran:", t.Stop())

	cancelled := time.AfterFunc(30*time.Millisecond, func() { fmt.Println("should not run") })
	fmt.Println("stop before:", cancelled.Stop())
	time.Sleep(60 * time.Millisecond)

	again := time.AfterFunc(time.Hour, func() { done <- "rescheduled" })
	again.Reset(10 * time.Millisecond)
	fmt.Println(<-done)
}
