package main

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"
)

// A worker pool that grows when its queue backs up and shrinks when workers sit idle: a
// supervisor samples the queue length on a ticker; idle workers exit after a timeout.
type Pool struct {
	jobs    chan int
	wg      sync.WaitGroup
	workers int32
	peak    int32
	done    int32
	max     int32
}

func (p *Pool) spawn() {
	n := atomic.AddInt32(&p.workers, 1)
	for {
		old := atomic.LoadInt32(&p.peak)
		if n <= old || atomic.CompareAndSwapInt32(&p.peak, old, n) {
			break
		}
	}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		idle := time.NewTimer(30 * time.Millisecond)
		defer idle.Stop()
		for {
			select {
			case _, ok := <-p.jobs:
				if !ok {
					atomic.AddInt32(&p.workers, -1)
					return
				}
				time.Sleep(10 * time.Millisecond)
				atomic.AddInt32(&p.done, 1)
				if !idle.Stop() {
					<-idle.C
				}
				idle.Reset(30 * time.Millisecond)
			case <-idle.C:
				// Leave only if another worker stays: claim the decrement with a CAS, so two
				// idle workers cannot both leave the last one's place empty.
				for {
					n := atomic.LoadInt32(&p.workers)
					if n <= 1 {
						break
					}
					if atomic.CompareAndSwapInt32(&p.workers, n, n-1) {
						return
					}
				}
				idle.Reset(30 * time.Millisecond)
			}
		}
	}()
}

func main() {
	p := &Pool{jobs: make(chan int, 100), max: 8}
	p.spawn()
	stop := make(chan struct{})
	supervised := make(chan struct{})
	go func() {
		defer close(supervised)
		t := time.NewTicker(5 * time.Millisecond)
		defer t.Stop()
		for {
			select {
			case <-t.C:
				if len(p.jobs) > 5 && atomic.LoadInt32(&p.workers) < p.max {
					p.spawn()
				}
			case <-stop:
				return
			}
		}
	}()
	for i := 0; i < 60; i++ {
		p.jobs <- i
	}
	for atomic.LoadInt32(&p.done) < 60 {
		time.Sleep(5 * time.Millisecond)
	}
	fmt.Println("burst done, peak workers:", atomic.LoadInt32(&p.peak) == p.max)
	time.Sleep(200 * time.Millisecond)
	fmt.Println("after idling, workers left:", atomic.LoadInt32(&p.workers))
	close(stop)
	<-supervised
	close(p.jobs)
	p.wg.Wait()
	fmt.Println("jobs done:", atomic.LoadInt32(&p.done), "workers:", atomic.LoadInt32(&p.workers))
}
