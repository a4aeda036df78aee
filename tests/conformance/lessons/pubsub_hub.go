package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// A publish/subscribe hub owned by one goroutine: subscribe, unsubscribe and publish are messages.
type Message struct {
	Topic string
	Body  string
}

type subscription struct {
	topic string
	ch    chan Message
}

type Hub struct {
	subscribe   chan subscription
	unsubscribe chan subscription
	publish     chan Message
	quit        chan struct{}
	done        chan struct{}
}

func NewHub() *Hub {
	h := &Hub{
		subscribe:   make(chan subscription),
		unsubscribe: make(chan subscription),
		publish:     make(chan Message),
		quit:        make(chan struct{}),
		done:        make(chan struct{}),
	}
	go h.run()
	return h
}

func (h *Hub) run() {
	defer close(h.done)
	subs := map[string]map[chan Message]bool{}
	for {
		select {
		case s := <-h.subscribe:
			if subs[s.topic] == nil {
				subs[s.topic] = map[chan Message]bool{}
			}
			subs[s.topic][s.ch] = true
		case s := <-h.unsubscribe:
			delete(subs[s.topic], s.ch)
			close(s.ch)
		case m := <-h.publish:
			for ch := range subs[m.Topic] {
				ch <- m
			}
		case <-h.quit:
			for _, set := range subs {
				for ch := range set {
					close(ch)
				}
			}
			return
		}
	}
}

func (h *Hub) Subscribe(topic string) subscription {
	s := subscription{topic, make(chan Message, 16)}
	h.subscribe <- s
	return s
}

func main() {
	hub := NewHub()
	var wg sync.WaitGroup
	var mu sync.Mutex
	received := map[string][]string{}
	listen := func(name string, s subscription) {
		defer wg.Done()
		for m := range s.ch {
			mu.Lock()
			received[name] = append(received[name], m.Topic+":"+m.Body)
			mu.Unlock()
		}
	}

	alice := hub.Subscribe("news")
	bob := hub.Subscribe("news")
	carol := hub.Subscribe("sports")
	wg.Add(3)
	go listen("alice", alice)
	go listen("bob", bob)
	go listen("carol", carol)

	hub.publish <- Message{"news", "go 1.19 released"}
	hub.publish <- Message{"sports", "match tonight"}
	hub.unsubscribe <- bob
	hub.publish <- Message{"news", "generics explained"}
	hub.publish <- Message{"weather", "nobody listens"}
	close(hub.quit)
	<-hub.done
	wg.Wait()

	names := make([]string, 0, len(received))
	for n := range received {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%-5s got %d: %s\n", n, len(received[n]), strings.Join(received[n], " | "))
	}
}
