package main

// stack: full

import (
	"fmt"
	"sync"
	"time"
)

// Every way a goroutine can be stuck, side by side, and what the runtime prints when they all are:
// a send nobody receives, a receive nobody sends to, a nil channel, an empty select, a condition
// never signalled, a lock never released — while main waits on a WaitGroup.
type stuck struct {
	mu   sync.Mutex
	cond *sync.Cond
}

func sender(ch chan<- int)          { ch <- 1 }
func receiver(ch <-chan int)        { <-ch }
func nilWaiter()                    { var ch chan int; <-ch }
func selector(a, b chan int)        { select { case <-a: case b <- 1: } }
func forever()                      { select {} }
func (s *stuck) waitSignal()        { s.mu.Lock(); s.cond.Wait() }
func (s *stuck) lockHeld(l *sync.Mutex) { l.Lock() }

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	s := &stuck{}
	s.cond = sync.NewCond(&s.mu)
	held := &sync.Mutex{}
	held.Lock()

	go sender(make(chan int))
	time.Sleep(time.Millisecond)
	go receiver(make(chan int))
	time.Sleep(time.Millisecond)
	go nilWaiter()
	time.Sleep(time.Millisecond)
	go selector(make(chan int), make(chan int))
	time.Sleep(time.Millisecond)
	go forever()
	time.Sleep(time.Millisecond)
	go s.waitSignal()
	time.Sleep(time.Millisecond)
	go s.lockHeld(held)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("seven goroutines are stuck; main waits for one that will never call Done")
	wg.Wait()
}
