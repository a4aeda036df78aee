// Counting goroutines through a lifecycle: workers blocked on a channel, some released, the rest
// stopped by close.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	jobs := make(chan int)
	for i := 0; i < 4; i++ {
		go func() {
			for range jobs {
			}
		}()
	}
	stuck := make(chan int)
	for i := 0; i < 3; i++ {
		go func() { stuck <- 1 }()
	}
	time.Sleep(50 * time.Millisecond)
	fmt.Println("workers + senders + main:", runtime.NumGoroutine())
	<-stuck
	time.Sleep(20 * time.Millisecond)
	fmt.Println("one sender released:", runtime.NumGoroutine())
	close(jobs)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("workers stopped:", runtime.NumGoroutine())
}
