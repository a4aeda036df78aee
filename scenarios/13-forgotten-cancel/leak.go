// Forgotten cancel: runJob derives a context for one job and starts a cleanup
// goroutine that waits for it to be done. cancel is only called when the job
// fails, so after a successful job the cleanup goroutine waits forever.
package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

func cleanupWhenDone(ctx context.Context, id int) {
	<-ctx.Done() // LEAK: nobody calls this context's cancel after a success
	fmt.Printf("job %d: cleaned up\n", id)
}

// process does the work and aborts the job's context only if it fails.
func process(id int, abort context.CancelFunc) {
	time.Sleep(10 * time.Millisecond)
	if id < 0 {
		abort()
	}
}

func runJob(parent context.Context, id int) {
	ctx, cancel := context.WithCancel(parent)
	go cleanupWhenDone(ctx, id)
	process(id, cancel) // BUG: the success path never calls cancel
	fmt.Printf("job %d: done\n", id)
}

func main() {
	for id := 1; id <= 3; id++ {
		runJob(context.Background(), id)
	}
	time.Sleep(50 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
