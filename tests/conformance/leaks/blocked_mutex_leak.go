// Leak: a lock that is never released blocks every later locker forever (no deadlock report while
// main can still run).
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	mu.Lock() // BUG: never unlocked
	for i := 0; i < 5; i++ {
		go func() {
			mu.Lock()
			defer mu.Unlock()
		}()
	}
	time.Sleep(30 * time.Millisecond)
	fmt.Println("goroutines stuck on the lock:", runtime.NumGoroutine()-1)
}
