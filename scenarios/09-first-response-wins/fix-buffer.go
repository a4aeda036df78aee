// First response wins, fixed: the answers channel has one slot per backend, so
// every backend can deliver its answer and return, read or not.
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
	answers <- fmt.Sprintf("request %d answered by %s", request, b.name) // never waits
}

func hedged(request int) string {
	answers := make(chan string, len(backends)) // FIX: room for every sender
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
