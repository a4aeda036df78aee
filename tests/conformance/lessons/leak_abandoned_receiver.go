package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

// The abandoned receiver: a goroutine waits for work on a channel, the caller times out and walks
// away without telling it. Fixed by a context the worker also selects on.
func leakyWorker(jobs <-chan int, out chan<- int) {
	for j := range jobs { // jobs is never closed: blocked forever once the caller leaves
		out <- j * 10
	}
}

func fixedWorker(ctx context.Context, jobs <-chan int, out chan<- int) {
	for {
		select {
		case j, ok := <-jobs:
			if !ok {
				return
			}
			select {
			case out <- j * 10:
			case <-ctx.Done():
				return
			}
		case <-ctx.Done():
			return
		}
	}
}

func main() {
	base := runtime.NumGoroutine()

	jobs := make(chan int)
	out := make(chan int)
	for i := 0; i < 3; i++ {
		go leakyWorker(jobs, out)
	}
	jobs <- 1
	select {
	case v := <-out:
		fmt.Println("got", v)
	case <-time.After(50 * time.Millisecond):
		fmt.Println("timed out")
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println("leaked workers:", runtime.NumGoroutine()-base)

	base = runtime.NumGoroutine()
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	jobs2 := make(chan int)
	out2 := make(chan int)
	for i := 0; i < 3; i++ {
		go fixedWorker(ctx, jobs2, out2)
	}
	jobs2 <- 2
	fmt.Println("got", <-out2)
	<-ctx.Done()
	fmt.Println("caller gave up:", ctx.Err())
	cancel()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("leaked workers:", runtime.NumGoroutine()-base)
}
