// stack: full
package main

import (
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var wg sync.WaitGroup
	c := sync.NewCond(&mu)
	ch := make(chan int)
	wg.Add(1)
	go func() {
		ch <- 1
	}()
	go func() {
		func() {
			mu.Lock()
			c.Wait()
		}()
	}()
	go func() {
		select {}
	}()
	go func() {
		var m sync.Mutex
		m.Lock()
		m.Lock()
	}()
	go worker(ch)
	time.Sleep(10 * time.Millisecond)
	wg.Wait()
}

func worker(ch chan int) {
	select {
	case <-ch:
	case ch <- 2:
	}
}
