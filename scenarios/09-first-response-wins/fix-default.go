// First response wins, fixed: each backend offers its answer with a
// non-blocking send into a one-slot channel. If the slot is full, the answer is
// dropped; either way the backend never waits and always returns.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type backend struct {
	name    string
	latency time.Duration
}

var backends = []backend{
	{"primary", 10 * time.Millisecond},
	{"replica-a", 40 * time.Millisecond},
	{"replica-b", 70 * time.Millisecond},
}

func query(b backend, request int, answers chan<- string) {
	time.Sleep(b.latency)
	select {
	case answers <- fmt.Sprintf("request %d answered by %s", request, b.name):
	default: // FIX: the slot is full: drop this answer instead of waiting
	}
}

func hedged(request int) string {
	// One slot keeps the winner's answer even if hedged is not yet waiting:
	// with no buffer at all, default could drop every answer.
	answers := make(chan string, 1)
	for _, b := range backends {
		go query(b, request, answers)
	}
	return <-answers
}

func main() {
	for r := 1; r <= 3; r++ {
		fmt.Println(hedged(r))
	}
	time.Sleep(100 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
