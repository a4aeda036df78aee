package main

import (
	"errors"
	"fmt"
	"sync"
	"time"
)

// A circuit breaker: after 3 consecutive failures it opens and fails fast; after a cool-down it
// lets one trial call through (half-open); a success closes it again.
type State int

const (
	Closed State = iota
	Open
	HalfOpen
)

func (s State) String() string {
	switch s {
	case Closed:
		return "closed"
	case Open:
		return "open"
	}
	return "half-open"
}

var ErrOpen = errors.New("circuit open")

type Breaker struct {
	mu        sync.Mutex
	state     State
	failures  int
	threshold int
	cooldown  time.Duration
	openedAt  time.Time
	log       []string
}

func (b *Breaker) setState(s State) {
	if s != b.state {
		b.log = append(b.log, fmt.Sprintf("%v->%v", b.state, s))
		b.state = s
	}
}

func (b *Breaker) Do(op func() error) error {
	b.mu.Lock()
	if b.state == Open {
		if time.Since(b.openedAt) < b.cooldown {
			b.mu.Unlock()
			return ErrOpen
		}
		b.setState(HalfOpen)
	}
	b.mu.Unlock()

	err := op()

	b.mu.Lock()
	defer b.mu.Unlock()
	if err != nil {
		b.failures++
		if b.state == HalfOpen || b.failures >= b.threshold {
			b.setState(Open)
			b.openedAt = time.Now()
		}
		return err
	}
	b.failures = 0
	b.setState(Closed)
	return nil
}

func main() {
	b := &Breaker{threshold: 3, cooldown: 100 * time.Millisecond}
	healthy := false
	service := func() error {
		if healthy {
			return nil
		}
		return errors.New("503")
	}
	step := func(label string) {
		err := b.Do(service)
		fmt.Printf("%-10s state=%-9v err=%v\n", label, b.state, err)
	}
	for i := 1; i <= 4; i++ {
		step(fmt.Sprintf("call %d", i))
	}
	time.Sleep(120 * time.Millisecond)
	step("trial")
	step("fast-fail")
	time.Sleep(120 * time.Millisecond)
	healthy = true
	step("trial 2")
	step("normal")
	fmt.Println(b.log)
	fmt.Println(errors.Is(fmt.Errorf("wrapped: %w", ErrOpen), ErrOpen))
}
