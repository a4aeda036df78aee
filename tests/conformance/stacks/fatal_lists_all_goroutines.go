// stack: full
package main

import (
	"fmt"
	"sync"
	"time"
)

// A fatal error (a throw, here unlocking an unlocked mutex in a goroutine) prints the failing
// goroutine's stack and then every other goroutine's: main waiting on a WaitGroup, a goroutine
// blocked on a channel, one asleep.
type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Dec() {
	c.n--
	c.mu.Unlock() // the bug: never locked
}

func waiter(ch chan int) { <-ch }

func main() {
	var wg sync.WaitGroup
	go waiter(make(chan int))
	go func() { time.Sleep(time.Hour) }()
	time.Sleep(10 * time.Millisecond)
	wg.Add(1)
	c := &Counter{}
	go func() {
		defer wg.Done()
		time.Sleep(10 * time.Millisecond)
		c.Dec()
	}()
	fmt.Println("waiting")
	wg.Wait()
}
