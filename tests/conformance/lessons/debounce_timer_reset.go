package main

import (
	"fmt"
	"strings"
	"time"
)

// Debouncing a burst of events with one Timer and Reset: only the last event of each burst is
// acted on, after the input has been quiet for the debounce interval. Throttling with a ticker
// keeps at most one event per period.
func debounce(in <-chan string, quiet time.Duration) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		var last string
		timer := time.NewTimer(time.Hour)
		timer.Stop()
		pending := false
		for {
			select {
			case ev, ok := <-in:
				if !ok {
					if pending {
						out <- last + " (flushed)"
					}
					return
				}
				last, pending = ev, true
				timer.Reset(quiet)
			case <-timer.C:
				if pending {
					out <- last
					pending = false
				}
			}
		}
	}()
	return out
}

func typeText(in chan<- string, bursts []string, gap, pause time.Duration) {
	for _, word := range bursts {
		for i := 1; i <= len(word); i++ {
			in <- word[:i]
			time.Sleep(gap)
		}
		time.Sleep(pause)
	}
	close(in)
}

func main() {
	in := make(chan string)
	go typeText(in, []string{"go", "gopher", "goroutine"}, 10*time.Millisecond, 100*time.Millisecond)
	var searches []string
	for q := range debounce(in, 50*time.Millisecond) {
		searches = append(searches, q)
	}
	fmt.Println("searched:", strings.Join(searches, ", "))

	events := make(chan int)
	go func() {
		for i := 1; i <= 20; i++ {
			events <- i
			time.Sleep(10 * time.Millisecond)
		}
		close(events)
	}()
	tick := time.NewTicker(45 * time.Millisecond)
	defer tick.Stop()
	var kept []int
	latest := 0
	for {
		select {
		case e, ok := <-events:
			if !ok {
				fmt.Println("throttled to", len(kept) >= 3 && len(kept) <= 5, "events, increasing:", increasing(kept))
				return
			}
			latest = e
		case <-tick.C:
			if latest != 0 {
				kept = append(kept, latest)
				latest = 0
			}
		}
	}
}

func increasing(xs []int) bool {
	for i := 1; i < len(xs); i++ {
		if xs[i] <= xs[i-1] {
			return false
		}
	}
	return true
}
