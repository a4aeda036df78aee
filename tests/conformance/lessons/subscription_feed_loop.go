package main

import (
	"errors"
	"fmt"
	"time"
)

// The subscription loop of "Advanced Go Concurrency Patterns": one goroutine owns all state and
// selects over fetching (only when there is room), sending (only when something is pending) and
// closing (which replies with the last error), with nil channels to switch cases off.
type Item struct{ Title, Channel string }

type Fetcher interface {
	Fetch() (items []Item, next time.Time, err error)
}

type fakeFetcher struct {
	channel string
	n       int
}

func (f *fakeFetcher) Fetch() ([]Item, time.Time, error) {
	f.n++
	if f.n == 3 {
		return nil, time.Now().Add(30 * time.Millisecond), errors.New("feed temporarily unavailable")
	}
	items := []Item{{fmt.Sprintf("post %d", f.n), f.channel}, {fmt.Sprintf("post %d (dup)", f.n%2), f.channel}}
	return items, time.Now().Add(30 * time.Millisecond), nil
}

type sub struct {
	fetcher Fetcher
	updates chan Item
	closing chan chan error
}

func Subscribe(f Fetcher) *sub {
	s := &sub{fetcher: f, updates: make(chan Item), closing: make(chan chan error)}
	go s.loop()
	return s
}

func (s *sub) Updates() <-chan Item { return s.updates }

func (s *sub) Close() error {
	errc := make(chan error)
	s.closing <- errc
	return <-errc
}

func (s *sub) loop() {
	const maxPending = 10
	var pending []Item
	var next time.Time
	var err error
	seen := map[string]bool{}
	for {
		var fetchDelay time.Duration
		if now := time.Now(); next.After(now) {
			fetchDelay = next.Sub(now)
		}
		var startFetch <-chan time.Time
		if len(pending) < maxPending {
			startFetch = time.After(fetchDelay)
		}
		var first Item
		var updates chan Item
		if len(pending) > 0 {
			first = pending[0]
			updates = s.updates
		}
		select {
		case <-startFetch:
			var fetched []Item
			fetched, next, err = s.fetcher.Fetch()
			if err != nil {
				next = time.Now().Add(30 * time.Millisecond)
				break
			}
			for _, item := range fetched {
				if !seen[item.Title] {
					seen[item.Title] = true
					pending = append(pending, item)
				}
			}
		case updates <- first:
			pending = pending[1:]
		case errc := <-s.closing:
			errc <- err
			close(s.updates)
			return
		}
	}
}

func main() {
	s := Subscribe(&fakeFetcher{channel: "blog.golang.org"})
	for i := 0; i < 5; i++ {
		it := <-s.Updates()
		fmt.Printf("%s: %s\n", it.Channel, it.Title)
	}
	fmt.Println("closed with:", s.Close())
	_, ok := <-s.Updates()
	fmt.Println("updates still open:", ok)
}
