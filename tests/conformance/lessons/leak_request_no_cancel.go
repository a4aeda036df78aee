package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"
)

// A goroutine per request and no way to cancel it: when clients hang up, the work goes on and
// the goroutines pile up until their slow backend answers. Passing the request's context down
// lets every one of them stop as soon as its client is gone.
func backend(ctx context.Context, id int) (string, error) {
	select {
	case <-time.After(300 * time.Millisecond):
		return fmt.Sprintf("answer %d", id), nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func serve(ctx context.Context, id int, useCtx bool, wg *sync.WaitGroup, stats *Stats) {
	defer wg.Done()
	if !useCtx {
		ctx = context.Background() // the bug: the request's context is dropped
	}
	_, err := backend(ctx, id)
	stats.record(err)
}

type Stats struct {
	mu        sync.Mutex
	completed int
	cancelled int
}

func (s *Stats) record(err error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err != nil {
		s.cancelled++
	} else {
		s.completed++
	}
}

func run(useCtx bool) {
	base := runtime.NumGoroutine()
	var wg sync.WaitGroup
	var stats Stats
	for id := 1; id <= 20; id++ {
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond) // the client's patience
		wg.Add(1)
		go serve(ctx, id, useCtx, &wg, &stats)
		defer cancel()
	}
	time.Sleep(100 * time.Millisecond) // every client has given up by now
	fmt.Printf("useCtx=%v: %d goroutines still working after the clients left\n", useCtx, runtime.NumGoroutine()-base)
	wg.Wait()
	fmt.Printf("  completed=%d cancelled=%d\n", stats.completed, stats.cancelled)
}

func main() {
	run(false)
	run(true)
}
