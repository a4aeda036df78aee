// Timers, tickers, time.After, time.Tick and contexts with timeouts create no goroutines;
// AfterFunc's function runs in a new goroutine only when the timer fires.
package main

import (
	"context"
	"fmt"
	"runtime"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	tk := time.NewTicker(time.Hour)
	a := time.After(time.Hour)
	tick := time.Tick(time.Hour)
	ctx, cancel := context.WithTimeout(context.Background(), time.Hour)
	ctx2, cancel2 := context.WithCancel(ctx)
	af := time.AfterFunc(time.Hour, func() {})
	fmt.Println("goroutines:", runtime.NumGoroutine())
	inside := make(chan int)
	time.AfterFunc(10*time.Millisecond, func() { inside <- runtime.NumGoroutine() })
	fmt.Println("while AfterFunc runs:", <-inside)
	t.Stop()
	tk.Stop()
	af.Stop()
	cancel2()
	cancel()
	_, _, _ = a, tick, ctx2
	time.Sleep(20 * time.Millisecond)
	fmt.Println("at the end:", runtime.NumGoroutine())
}
