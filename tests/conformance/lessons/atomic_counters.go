package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// Counting events from many goroutines: a racy counter (not shown: it loses updates), a mutex
// counter, and atomic counters (functions and Go 1.19's atomic.Int64 type); a stop flag.
type Stats struct {
	requests atomic.Int64
	errors   atomic.Int32
	bytes    uint64
	running  atomic.Bool
}

func (s *Stats) String() string {
	return fmt.Sprintf("requests=%d errors=%d bytes=%d", s.requests.Load(), s.errors.Load(), atomic.LoadUint64(&s.bytes))
}

func main() {
	var stats Stats
	var mu sync.Mutex
	perUser := map[string]int{}
	var wg sync.WaitGroup
	users := []string{"ann", "bob", "cid"}
	for i := 0; i < 30; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			stats.requests.Add(1)
			atomic.AddUint64(&stats.bytes, uint64(100+i))
			if i%7 == 0 {
				stats.errors.Add(1)
			}
			mu.Lock()
			perUser[users[i%3]]++
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(&stats)
	fmt.Println(perUser)

	// A stop flag polled by a spinning worker.
	stats.running.Store(true)
	var spins int64
	done := make(chan struct{})
	go func() {
		defer close(done)
		for stats.running.Load() {
			atomic.AddInt64(&spins, 1)
			time.Sleep(10 * time.Millisecond)
		}
	}()
	time.Sleep(55 * time.Millisecond)
	stats.running.Store(false)
	<-done
	fmt.Println("worker spun", atomic.LoadInt64(&spins) >= 5, "times, stopped")

	var ids int32
	next := func() int32 { return atomic.AddInt32(&ids, 1) }
	fmt.Println(next(), next(), next())
	old := atomic.SwapInt32(&ids, 100)
	fmt.Println("swapped", old, "for", atomic.LoadInt32(&ids))
	fmt.Println(atomic.CompareAndSwapInt32(&ids, 3, 4), atomic.CompareAndSwapInt32(&ids, 100, 7), ids)

	var v atomic.Value
	v.Store([]string{"a", "b"})
	fmt.Println(v.Load().([]string), len(v.Load().([]string)))
}
