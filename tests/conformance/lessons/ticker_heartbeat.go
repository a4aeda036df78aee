package main

import (
	"fmt"
	"time"
)

// A worker that sends heartbeats on a ticker while it works, and a monitor that notices when the
// heartbeats stop (the worker got stuck) and gives up after a timeout.
func worker(done <-chan struct{}, pulse time.Duration, stuckAfter int) (<-chan struct{}, <-chan int) {
	heartbeat := make(chan struct{}, 1)
	results := make(chan int)
	go func() {
		defer close(results)
		defer close(heartbeat)
		tick := time.NewTicker(pulse)
		defer tick.Stop()
		work := time.NewTicker(3 * pulse)
		defer work.Stop()
		n := 0
		for {
			select {
			case <-done:
				return
			case <-tick.C:
				if n >= stuckAfter {
					continue // stuck: no more heartbeats, no more results
				}
				select {
				case heartbeat <- struct{}{}:
				default: // nobody listening: never block on a heartbeat
				}
			case <-work.C:
				if n >= stuckAfter {
					continue
				}
				n++
				results <- n
			}
		}
	}()
	return heartbeat, results
}

func main() {
	done := make(chan struct{})
	const pulse = 50 * time.Millisecond
	heartbeat, results := worker(done, pulse, 3)
	beats := 0
	var got []int
	timeout := 4 * pulse
	t := time.NewTimer(timeout)
loop:
	for {
		select {
		case _, ok := <-heartbeat:
			if !ok {
				break loop
			}
			beats++
			if !t.Stop() {
				<-t.C
			}
			t.Reset(timeout)
		case r := <-results:
			got = append(got, r)
		case <-t.C:
			fmt.Println("worker unhealthy: no heartbeat for", timeout)
			break loop
		}
	}
	close(done)
	fmt.Println("results:", got)
	fmt.Println("heard heartbeats:", beats >= 5)
	for range results {
	}
	fmt.Println("worker stopped")
}
