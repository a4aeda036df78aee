// 100,000 goroutines, each blocked forever on a receive from its own channel; main waits until all
// of them have started (a WaitGroup each goroutine marks just before it blocks), prints
// NumGoroutine and exits, ending the blocked goroutines.
package main

import (
	"fmt"
	"runtime"
	"sync"
)

const n = 100000

func main() {
	var started sync.WaitGroup
	started.Add(n)
	for i := 0; i < n; i++ {
		ch := make(chan int)
		go func() {
			started.Done()
			<-ch
		}()
	}
	started.Wait()
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
