// First response wins: every request is sent to three backends and the first
// answer is used. The two slower backends then block on their sends forever.
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
	answers <- fmt.Sprintf("request %d answered by %s", request, b.name) // LEAK: the losers wait here forever
}

func hedged(request int) string {
	answers := make(chan string) // unbuffered: only one send will ever be received
	for _, b := range backends {
		go query(b, request, answers)
	}
	return <-answers // first one wins; nobody reads the other two
}

func main() {
	for r := 1; r <= 3; r++ {
		fmt.Println(hedged(r))
	}
	time.Sleep(100 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
