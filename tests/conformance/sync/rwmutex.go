// RWMutex: many readers at once, a writer waits for readers and excludes them.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var rw sync.RWMutex
	var mu sync.Mutex
	active, maxActive := 0, 0
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			rw.RLock()
			mu.Lock()
			active++
			if active > maxActive {
				maxActive = active
			}
			mu.Unlock()
			time.Sleep(50 * time.Millisecond)
			mu.Lock()
			active--
			mu.Unlock()
			rw.RUnlock()
		}()
	}
	time.Sleep(20 * time.Millisecond)
	rw.Lock() // waits for the three readers
	mu.Lock()
	fmt.Println("readers at once:", maxActive, "active during write:", active)
	mu.Unlock()
	rw.Unlock()
	wg.Wait()

	rw.RLock()
	rw.RLock()
	fmt.Println("two read locks held")
	rw.RUnlock()
	rw.RUnlock()
}
