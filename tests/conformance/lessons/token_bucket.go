package main

import (
	"fmt"
	"sync"
	"time"
)

// A token bucket rate limiter: tokens refill at a fixed rate up to a burst size, Allow takes one
// if available and never blocks, Wait blocks until a token comes. Time comes from a clock that
// the bucket reads, so the refill arithmetic is easy to follow.
type Bucket struct {
	mu       sync.Mutex
	capacity float64
	tokens   float64
	rate     float64 // tokens per second
	last     time.Time
}

func NewBucket(rate float64, burst int) *Bucket {
	return &Bucket{capacity: float64(burst), tokens: float64(burst), rate: rate, last: time.Now()}
}

func (b *Bucket) refill(now time.Time) {
	b.tokens += now.Sub(b.last).Seconds() * b.rate
	if b.tokens > b.capacity {
		b.tokens = b.capacity
	}
	b.last = now
}

func (b *Bucket) Allow() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.refill(time.Now())
	if b.tokens >= 1 {
		b.tokens--
		return true
	}
	return false
}

func (b *Bucket) Wait() {
	for {
		b.mu.Lock()
		b.refill(time.Now())
		if b.tokens >= 1 {
			b.tokens--
			b.mu.Unlock()
			return
		}
		missing := (1 - b.tokens) / b.rate
		b.mu.Unlock()
		time.Sleep(time.Duration(missing * float64(time.Second)))
	}
}

func main() {
	b := NewBucket(10, 3) // 10 per second, bursts of 3
	var allowed []bool
	for i := 0; i < 5; i++ {
		allowed = append(allowed, b.Allow())
	}
	fmt.Println("burst:", allowed)
	time.Sleep(200 * time.Millisecond) // 2 tokens come back
	allowed = allowed[:0]
	for i := 0; i < 4; i++ {
		allowed = append(allowed, b.Allow())
	}
	fmt.Println("after 200ms:", allowed)

	start := time.Now()
	var wg sync.WaitGroup
	var mu sync.Mutex
	served := 0
	for i := 0; i < 6; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b.Wait()
			mu.Lock()
			served++
			mu.Unlock()
		}()
	}
	wg.Wait()
	elapsed := time.Since(start).Round(100 * time.Millisecond)
	fmt.Println("served", served, "waiters in about", elapsed)
	fmt.Printf("tokens left: %.1f\n", b.tokens)
}
