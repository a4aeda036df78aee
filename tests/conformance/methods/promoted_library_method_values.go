package main

import (
	"fmt"
	"sync"
	"time"
)

type S struct {
	sync.WaitGroup
	sync.Mutex
	n int
}

type P struct {
	*sync.RWMutex
	m map[string]int
}

// Promoted library methods (embedded WaitGroup, Mutex, *RWMutex) as go statements, method values,
// AfterFunc functions and deferred calls.
func main() {
	s := &S{}
	s.Add(3)
	go s.Done()
	d := s.Done
	go d()
	time.AfterFunc(time.Millisecond, s.Done)
	s.Wait()
	s.Lock()
	u := s.Unlock
	go func() { defer u() }()
	time.Sleep(time.Millisecond)
	s.Lock()
	s.n++
	s.Unlock()
	p := P{&sync.RWMutex{}, map[string]int{}}
	p.RLock()
	ru := p.RUnlock
	ru()
	p.Lock()
	p.m["x"] = 1
	defer fmt.Println("deferred", p.m)
	defer p.Unlock()
	fmt.Println("ok", s.n)
}
