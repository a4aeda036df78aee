// sync/atomic: many goroutines adding to a counter with AddInt64 lose no update; the typed
// atomics (Int64, Bool, Uint32), CompareAndSwap, Swap and atomic.Value with its panics.
package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	hits atomic.Int64
	ok   atomic.Bool
}

func main() {
	var n int64
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := 0; j < 100; j++ {
				atomic.AddInt64(&n, 1)
			}
		}()
	}
	wg.Wait()
	fmt.Println(atomic.LoadInt64(&n))
	var s Stats
	s.hits.Add(5)
	s.ok.Store(true)
	fmt.Println(s.hits.Load(), s.ok.Load(), s.hits.CompareAndSwap(5, 7), s.hits.Load(), s.hits.CompareAndSwap(5, 8))
	var c int32
	fmt.Println(atomic.CompareAndSwapInt32(&c, 0, 3), atomic.SwapInt32(&c, 9), c)
	var v atomic.Value
	fmt.Println(v.Load())
	v.Store("config-1")
	fmt.Println(v.Load(), v.Load().(string))
	var u atomic.Uint32
	u.Add(^uint32(0))
	fmt.Println(u.Load())
	defer func() { fmt.Println("recovered:", recover()) }()
	v.Store(3)
}
