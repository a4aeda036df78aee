package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// The chat server of "The Go Programming Language" (8.10) without the network: a broadcaster
// goroutine owns the set of clients; entering, leaving and messages are channel sends; each
// client has its own outgoing channel served by its own writer goroutine.
type client chan<- string

var (
	entering = make(chan client)
	leaving  = make(chan client)
	messages = make(chan string)
)

func broadcaster(done chan<- struct{}) {
	clients := make(map[client]bool)
	for {
		select {
		case msg, ok := <-messages:
			if !ok {
				for cli := range clients {
					close(cli)
				}
				close(done)
				return
			}
			for cli := range clients {
				cli <- msg
			}
		case cli := <-entering:
			clients[cli] = true
		case cli := <-leaving:
			delete(clients, cli)
			close(cli)
		}
	}
}

type transcript struct {
	mu    sync.Mutex
	lines map[string][]string
}

func (t *transcript) writer(name string, ch <-chan string, wg *sync.WaitGroup) {
	defer wg.Done()
	for msg := range ch {
		t.mu.Lock()
		t.lines[name] = append(t.lines[name], msg)
		t.mu.Unlock()
	}
}

func main() {
	done := make(chan struct{})
	go broadcaster(done)
	t := &transcript{lines: map[string][]string{}}
	var writers sync.WaitGroup
	join := func(name string) client {
		ch := make(chan string, 10)
		writers.Add(1)
		go t.writer(name, ch, &writers)
		entering <- ch
		messages <- name + " has arrived"
		return ch
	}
	ann := join("ann")
	bob := join("bob")
	messages <- "ann: hi bob"
	messages <- "bob: hello!"
	cy := join("cy")
	leaving <- bob
	messages <- "bob has left"
	messages <- "cy: did I miss anything?"
	_ = ann
	_ = cy
	close(messages)
	<-done
	writers.Wait()
	names := make([]string, 0, len(t.lines))
	for n := range t.lines {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Printf("%s saw %d: %s\n", n, len(t.lines[n]), strings.Join(t.lines[n], " | "))
	}
}
