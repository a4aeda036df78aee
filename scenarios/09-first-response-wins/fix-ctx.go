// First response wins, fixed: once the first answer arrives, hedged cancels a
// context that tells the slower backends to stop waiting and to skip their send.
package main

import (
	"context"
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

func query(ctx context.Context, b backend, request int, answers chan<- string) {
	select {
	case <-time.After(b.latency):
	case <-ctx.Done(): // FIX: lost the race while still working
		return
	}
	select {
	case answers <- fmt.Sprintf("request %d answered by %s", request, b.name):
	case <-ctx.Done(): // FIX: lost the race at the finish line
	}
}

func hedged(request int) string {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel() // FIX: the winner is in; the losers are told to quit
	answers := make(chan string)
	for _, b := range backends {
		go query(ctx, b, request, answers)
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
