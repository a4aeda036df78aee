package main

import (
	"fmt"
	"sync"
)

// Closing a channel twice panics. Several goroutines that may each decide to stop a shared
// pipeline must close through a sync.Once; the unprotected version then crashes the program from
// whichever goroutine gets there second.
type Stopper struct {
	once sync.Once
	quit chan struct{}
}

func (s *Stopper) Stop() { s.once.Do(func() { close(s.quit) }) }

func main() {
	s := &Stopper{quit: make(chan struct{})}
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s.Stop()
		}()
	}
	wg.Wait()
	_, open := <-s.quit
	fmt.Println("closed once by five stoppers, still open:", open)

	quit := make(chan struct{})
	first := make(chan struct{})
	go func() {
		close(quit)
		close(first)
	}()
	<-first
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
			panic(r)
		}()
		close(quit)
	}()
	<-done
	select {}
}
