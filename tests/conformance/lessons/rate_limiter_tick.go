package main

import (
	"fmt"
	"time"
)

// A rate limiter in the style of "Go by Example": a steady limiter from time.Tick and a bursty one
// from a buffered channel of ticks.
func main() {
	start := time.Now()
	elapsed := func() time.Duration {
		return time.Since(start).Round(50 * time.Millisecond)
	}

	requests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		requests <- i
	}
	close(requests)

	limiter := time.Tick(100 * time.Millisecond)
	for req := range requests {
		<-limiter
		fmt.Println("request", req, "at", elapsed())
	}

	// Bursty: three requests may go at once, then one per 100ms.
	bursty := make(chan time.Time, 3)
	for i := 0; i < 3; i++ {
		bursty <- time.Now()
	}
	go func() {
		for t := range time.Tick(100 * time.Millisecond) {
			bursty <- t
		}
	}()

	start = time.Now()
	burstyRequests := make(chan int, 5)
	for i := 1; i <= 5; i++ {
		burstyRequests <- i
	}
	close(burstyRequests)
	var times []time.Duration
	for req := range burstyRequests {
		<-bursty
		times = append(times, elapsed())
		fmt.Println("bursty request", req)
	}
	burst := 0
	for _, t := range times {
		if t == 0 {
			burst++
		}
	}
	fmt.Println("served at once:", burst)
	fmt.Println("last one after:", times[len(times)-1])
	fmt.Println("gaps grow:", times[3] > times[2] && times[4] > times[3])
}
