// The right patterns: cancel a group of workers with one context and wait for
// all of them with a WaitGroup. Every worker checks ctx.Done() wherever it waits.
package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"
)

func worker(ctx context.Context, id int, wg *sync.WaitGroup, results chan<- int) {
	defer wg.Done() // the WaitGroup learns of every exit, however it happens
	for {
		select {
		case <-ctx.Done(): // every wait has a way out
			return
		case <-time.After(time.Duration(id) * 10 * time.Millisecond):
		}
		select {
		case results <- id:
		case <-ctx.Done(): // the send too
			return
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	results := make(chan int)
	var wg sync.WaitGroup
	for id := 1; id <= 4; id++ {
		wg.Add(1) // before the go statement, never inside the goroutine
		go worker(ctx, id, &wg, results)
	}

	for i := 0; i < 10; i++ {
		<-results // take ten results from whoever is fastest
	}
	fmt.Println("got 10 results; goroutines:", runtime.NumGoroutine())

	cancel()  // one call reaches every worker
	wg.Wait() // and main waits until all of them have returned
	time.Sleep(10 * time.Millisecond)
	fmt.Println("after cancel and wait; goroutines:", runtime.NumGoroutine())
}
