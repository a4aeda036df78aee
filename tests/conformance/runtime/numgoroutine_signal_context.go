package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"runtime"
	"time"
)

// runtime.NumGoroutine counts what Go starts: os/signal's loop from the first Notify on (for good),
// NotifyContext's watcher until stop, an AfterFunc's goroutine while it runs; contexts start none.
type myCtx struct{ context.Context }

func main() {
	fmt.Println("start", runtime.NumGoroutine())
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, os.Interrupt)
	fmt.Println("after Notify", runtime.NumGoroutine())
	signal.Stop(ch)
	fmt.Println("after Stop", runtime.NumGoroutine())
	ctx, cancel := context.WithCancel(myCtx{context.Background()})
	fmt.Println("custom parent", runtime.NumGoroutine())
	ctx2, cancel2 := context.WithCancel(ctx)
	fmt.Println("cancelCtx parent", runtime.NumGoroutine())
	parent, pc := context.WithCancel(context.Background())
	c3, cancel3 := context.WithCancel(myCtx{parent})
	fmt.Println("custom wrapping cancel", runtime.NumGoroutine())
	cancel3()
	pc()
	<-c3.Done()
	time.Sleep(time.Millisecond)
	fmt.Println("after cancels", runtime.NumGoroutine())
	cancel2()
	cancel()
	_ = ctx2
	t := time.AfterFunc(time.Millisecond, func() { time.Sleep(50 * time.Millisecond) })
	time.Sleep(10 * time.Millisecond)
	fmt.Println("AfterFunc running", runtime.NumGoroutine())
	_ = t
	time.Sleep(100 * time.Millisecond)
	fmt.Println("end", runtime.NumGoroutine())
}
