// wg.Done() runs in a defer before the goroutine has really returned, so a count read right after
// wg.Wait() may still include it; after a short sleep it does not. (Only the settled count is printed.)
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			time.Sleep(10 * time.Millisecond)
		}()
	}
	wg.Wait()
	n := runtime.NumGoroutine()
	fmt.Println("right after Wait, between 1 and 6:", n >= 1 && n <= 6)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("settled:", runtime.NumGoroutine())

	done := make(chan struct{})
	go func() {
		defer close(done)
	}()
	<-done
	time.Sleep(20 * time.Millisecond)
	fmt.Println("after close(done) and a sleep:", runtime.NumGoroutine())
}
