// Select with every case blocked, fixed: a ctx.Done() case lets the owner end
// the wait whenever it decides the answer is no longer wanted.
package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"
)

func waitReply(ctx context.Context, wg *sync.WaitGroup, replies <-chan string, errs <-chan error) {
	defer wg.Done()
	select {
	case r := <-replies:
		fmt.Println("reply:", r)
	case err := <-errs:
		fmt.Println("error:", err)
	case <-ctx.Done(): // FIX: the owner cancelled
		fmt.Println("waiter: cancelled")
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		replies := make(chan string)
		errs := make(chan error)
		wg.Add(1)
		go waitReply(ctx, &wg, replies, errs)
	}

	time.Sleep(100 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
	cancel() // FIX: end all three waits at once
	wg.Wait()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
