// Leak: a goroutine waits on ctx.Done() of a context whose cancel is never called; calling cancel
// (e.g. with defer) releases it.
package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

func watch(ctx context.Context) {
	go func() {
		<-ctx.Done()
	}()
}

func main() {
	for i := 0; i < 3; i++ {
		ctx, cancel := context.WithCancel(context.Background())
		watch(ctx)
		_ = cancel // BUG: never called
	}
	time.Sleep(20 * time.Millisecond)
	fmt.Println("leaked:", runtime.NumGoroutine()-1)

	ctx, cancel := context.WithCancel(context.Background())
	watch(ctx)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("with one more watcher:", runtime.NumGoroutine()-1)
	cancel()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("after cancel:", runtime.NumGoroutine()-1)
}
