package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"time"
)

// signal.NotifyContext: its context prints as Go's, stop cancels it, its watcher goroutine counts
// until stop.
func main() {
	fmt.Println(runtime.NumGoroutine())
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	fmt.Println(runtime.NumGoroutine())
	ctx2, stop2 := signal.NotifyContext(context.Background(), os.Interrupt)
	fmt.Println(runtime.NumGoroutine())
	stop()
	time.Sleep(time.Millisecond)
	fmt.Println(runtime.NumGoroutine(), ctx.Err())
	stop2()
	time.Sleep(time.Millisecond)
	fmt.Println(runtime.NumGoroutine(), ctx2.Err(), ctx)
}
