package main

import (
	"context"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"
)

// Query several mirrors, take the first answer, cancel the others — and check that the losers
// really stopped (no goroutines left, each one saw the cancellation).
func query(ctx context.Context, mirror string, latency time.Duration) (string, error) {
	select {
	case <-time.After(latency):
		return "answer from " + mirror, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func main() {
	before := runtime.NumGoroutine()
	mirrors := map[string]time.Duration{"eu": 40 * time.Millisecond, "us": 15 * time.Millisecond, "asia": 70 * time.Millisecond, "local": 90 * time.Millisecond}
	ctx, cancel := context.WithCancel(context.Background())
	answers := make(chan string, len(mirrors))
	var mu sync.Mutex
	var losers []string
	var wg sync.WaitGroup
	for name, lat := range mirrors {
		wg.Add(1)
		go func(name string, lat time.Duration) {
			defer wg.Done()
			a, err := query(ctx, name, lat)
			if err != nil {
				mu.Lock()
				losers = append(losers, name+"("+err.Error()+")")
				mu.Unlock()
				return
			}
			answers <- a
		}(name, lat)
	}
	first := <-answers
	cancel()
	wg.Wait()
	time.Sleep(time.Millisecond) // Done ran in a deferred call: let the goroutines really return
	sort.Strings(losers)
	fmt.Println(first)
	fmt.Println("cancelled:", strings.Join(losers, ", "))
	fmt.Println("goroutines left:", runtime.NumGoroutine()-before)
}
