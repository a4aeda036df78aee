package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// A counting semaphore from a buffered channel: at most 3 downloads run at once. An atomic gauge
// records how many ran at the same time, the peak is kept with CompareAndSwap.
type Semaphore chan struct{}

func (s Semaphore) Acquire() { s <- struct{}{} }
func (s Semaphore) Release() { <-s }

func main() {
	sem := make(Semaphore, 3)
	var running, peak int32
	var mu sync.Mutex
	var finished []string
	var wg sync.WaitGroup

	start := time.Now()
	files := []string{"a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "f.txt", "g.txt", "h.txt", "i.txt"}
	for _, f := range files {
		wg.Add(1)
		go func(name string) {
			defer wg.Done()
			sem.Acquire()
			defer sem.Release()
			now := atomic.AddInt32(&running, 1)
			for {
				p := atomic.LoadInt32(&peak)
				if now <= p || atomic.CompareAndSwapInt32(&peak, p, now) {
					break
				}
			}
			time.Sleep(100 * time.Millisecond) // "download"
			atomic.AddInt32(&running, -1)
			mu.Lock()
			finished = append(finished, name)
			mu.Unlock()
		}(f)
	}
	wg.Wait()
	elapsed := time.Since(start).Round(100 * time.Millisecond)
	sort.Strings(finished)
	fmt.Println("downloaded", len(finished), "files:", finished)
	fmt.Println("peak concurrency:", atomic.LoadInt32(&peak))
	fmt.Println("took about", elapsed, "(3 rounds of 100ms)")
	fmt.Println("slots free:", cap(sem)-len(sem))

	// TryAcquire with select/default.
	sem.Acquire()
	sem.Acquire()
	sem.Acquire()
	select {
	case sem <- struct{}{}:
		fmt.Println("acquired a 4th slot?!")
	default:
		fmt.Println("full: try-acquire fails without blocking")
	}
}
