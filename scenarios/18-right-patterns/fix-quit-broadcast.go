// The right patterns: a quit channel closed as a broadcast. A receive from a
// closed channel never blocks, so one close(quit) wakes every listener at once,
// however many there are; a send could only ever wake one.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func listener(quit <-chan struct{}, events <-chan string, wg *sync.WaitGroup) {
	defer wg.Done()
	for {
		select {
		case <-quit: // ready for everyone once quit is closed
			return
		case e := <-events:
			_ = e // handle the event
		}
	}
}

func main() {
	quit := make(chan struct{})
	events := make(chan string)
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go listener(quit, events, &wg)
	}
	for i := 0; i < 20; i++ {
		events <- fmt.Sprintf("event %d", i)
	}
	fmt.Println("20 events handled; goroutines:", runtime.NumGoroutine())

	close(quit) // the broadcast: all five listeners return
	wg.Wait()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("after close(quit); goroutines:", runtime.NumGoroutine())
}
