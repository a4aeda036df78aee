// Cancellation: a generator stops when its consumer cancels the context; no goroutine is left behind.
package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

func naturals(ctx context.Context) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	sum := 0
	for v := range naturals(ctx) {
		sum += v
		if v == 10 {
			cancel()
			break
		}
	}
	fmt.Println("sum", sum)
	time.Sleep(30 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
