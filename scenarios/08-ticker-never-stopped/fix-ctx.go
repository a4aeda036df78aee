// Ticker never stopped, fixed: the loop also selects on a context, the ticker
// is stopped on the way out, and main waits for the goroutine with a WaitGroup.
package main

import (
	"context"
	"fmt"
	"runtime"
	"sync"
	"time"
)

func heartbeat(ctx context.Context, wg *sync.WaitGroup, every time.Duration) {
	defer wg.Done()
	ticker := time.NewTicker(every)
	defer ticker.Stop() // FIX: release the ticker when the loop ends
	for {
		select {
		case <-ctx.Done(): // FIX: the exit path the loop was missing
			fmt.Println("heartbeat: stopped")
			return
		case <-ticker.C:
			fmt.Println("beat")
		}
	}
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go heartbeat(ctx, &wg, 40*time.Millisecond)

	time.Sleep(100 * time.Millisecond) // two beats: at 40ms and 80ms
	fmt.Println("goroutines:", runtime.NumGoroutine())
	cancel()  // FIX: ask it to stop
	wg.Wait() // FIX: and wait until it has
	time.Sleep(10 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
