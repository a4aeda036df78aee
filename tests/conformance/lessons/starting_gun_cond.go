package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

// A race with a starting gun: runners get ready and wait on a sync.Cond; one Broadcast starts
// them all at once. A closed channel does the same job; both are shown, and the finishing order
// comes from each runner's fixed pace, not from scheduling.
type Race struct {
	mu      sync.Mutex
	cond    *sync.Cond
	started bool
	ready   int
}

func main() {
	r := &Race{}
	r.cond = sync.NewCond(&r.mu)
	paces := map[string]time.Duration{"tortoise": 90, "hare": 20, "fox": 50, "snail": 150}
	type finish struct {
		name string
		at   time.Duration
	}
	results := make(chan finish, len(paces))
	var wg sync.WaitGroup
	var start time.Time
	for name, pace := range paces {
		wg.Add(1)
		go func(name string, pace time.Duration) {
			defer wg.Done()
			r.mu.Lock()
			r.ready++
			for !r.started {
				r.cond.Wait()
			}
			r.mu.Unlock()
			time.Sleep(pace * time.Millisecond)
			results <- finish{name, time.Since(start).Round(10 * time.Millisecond)}
		}(name, pace)
	}
	for {
		r.mu.Lock()
		n := r.ready
		r.mu.Unlock()
		if n == len(paces) {
			break
		}
		time.Sleep(time.Millisecond)
	}
	fmt.Println("all", len(paces), "runners ready")
	r.mu.Lock()
	start = time.Now()
	r.started = true
	r.cond.Broadcast()
	r.mu.Unlock()
	wg.Wait()
	close(results)
	var finishes []finish
	for f := range results {
		finishes = append(finishes, f)
	}
	sort.Slice(finishes, func(i, j int) bool { return finishes[i].at < finishes[j].at })
	var board []string
	for _, f := range finishes {
		board = append(board, fmt.Sprintf("%s at %v", f.name, f.at))
	}
	fmt.Println(strings.Join(board, ", "))

	gun := make(chan struct{})
	var order []int
	var mu sync.Mutex
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-gun
			time.Sleep(time.Duration(40-10*i) * time.Millisecond)
			mu.Lock()
			order = append(order, i)
			mu.Unlock()
		}(i)
	}
	close(gun)
	wg.Wait()
	fmt.Println("closed-channel start, finishing order:", order)
}
