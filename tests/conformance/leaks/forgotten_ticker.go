// Leak: a goroutine loops on a ticker forever; stopping the ticker would not end the loop, only a
// done channel does.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func heartbeat(done <-chan struct{}) {
	t := time.NewTicker(5 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-t.C:
		case <-done:
			return
		}
	}
}

func main() {
	for i := 0; i < 3; i++ {
		go heartbeat(nil) // nil done: never returns
	}
	done := make(chan struct{})
	go heartbeat(done)
	time.Sleep(30 * time.Millisecond)
	fmt.Println("running:", runtime.NumGoroutine())
	close(done)
	time.Sleep(30 * time.Millisecond)
	fmt.Println("after closing done:", runtime.NumGoroutine())
}
