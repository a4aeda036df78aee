package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

// A publisher that never blocks on a slow subscriber: each subscriber has a small buffer and
// the publisher drops a message (and counts it) when that buffer is full, instead of stalling
// everyone else.
type Subscriber struct {
	name    string
	ch      chan int
	delay   time.Duration
	got     []int
	dropped int
}

type Publisher struct {
	mu   sync.Mutex
	subs []*Subscriber
}

func (p *Publisher) Subscribe(name string, buffer int, delay time.Duration) *Subscriber {
	s := &Subscriber{name: name, ch: make(chan int, buffer), delay: delay}
	p.mu.Lock()
	p.subs = append(p.subs, s)
	p.mu.Unlock()
	return s
}

func (p *Publisher) Publish(v int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, s := range p.subs {
		select {
		case s.ch <- v:
		default:
			s.dropped++
		}
	}
}

func (p *Publisher) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, s := range p.subs {
		close(s.ch)
	}
}

func main() {
	var p Publisher
	fast := p.Subscribe("fast", 4, 0)
	slow := p.Subscribe("slow", 2, 35*time.Millisecond)
	var wg sync.WaitGroup
	for _, s := range []*Subscriber{fast, slow} {
		wg.Add(1)
		go func(s *Subscriber) {
			defer wg.Done()
			for v := range s.ch {
				s.got = append(s.got, v)
				time.Sleep(s.delay)
			}
		}(s)
	}
	start := time.Now()
	for i := 1; i <= 10; i++ {
		p.Publish(i)
		time.Sleep(10 * time.Millisecond)
	}
	p.Close()
	wg.Wait()
	fmt.Println("publishing took about", time.Since(start).Round(50*time.Millisecond), "(never waited for slow)")
	for _, s := range []*Subscriber{fast, slow} {
		fmt.Printf("%-4s received+dropped=%d, dropped any: %v, in order: %v\n",
			s.name, len(s.got)+s.dropped, s.dropped > 0, sort.IntsAreSorted(s.got))
	}
	fmt.Println("fast got everything:", fmt.Sprint(fast.got) == "[1 2 3 4 5 6 7 8 9 10]")
	fmt.Println("slow got the first one:", slow.got[0] == 1, "and fewer than all:", len(slow.got) < 10)
}
