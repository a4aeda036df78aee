// Forgotten cancel, fixed: defer cancel() right after creating the context, so
// the job's context is done whenever runJob returns, success or failure.
package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

func cleanupWhenDone(ctx context.Context, id int) {
	<-ctx.Done() // wakes when runJob returns
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
	defer cancel() // FIX: the context ends with the job, on every path
	go cleanupWhenDone(ctx, id)
	process(id, cancel) // calling cancel twice is harmless
	fmt.Printf("job %d: done\n", id)
}

func main() {
	for id := 1; id <= 3; id++ {
		runJob(context.Background(), id)
	}
	time.Sleep(50 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
