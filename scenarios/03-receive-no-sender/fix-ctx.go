// Receive with no sender, fixed: each goroutine also selects on ctx.Done();
// main cancels the context and waits for all of them with a WaitGroup.
package main

import (
	"context"
	"flag"
	"fmt"
	"runtime"
	"sync"
	"time"
)

func waitForResult(ctx context.Context, wg *sync.WaitGroup, id int, result <-chan int) {
	defer wg.Done()
	select {
	case v := <-result:
		fmt.Println("worker", id, "got", v)
	case <-ctx.Done(): // FIX: a way out that does not depend on a sender
	}
}

func main() {
	n := flag.Int("n", 2000, "number of goroutines")
	flag.Parse()

	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	for i := 0; i < *n; i++ {
		result := make(chan int)
		wg.Add(1)
		go waitForResult(ctx, &wg, i, result)
	}

	time.Sleep(100 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
	cancel()  // FIX: every waiter wakes up and returns
	wg.Wait() // FIX: and main knows they did

	// wg.Done runs just before a goroutine really ends: give the last ones a moment.
	time.Sleep(10 * time.Millisecond)
	fmt.Println("after cancel:", runtime.NumGoroutine())
}
