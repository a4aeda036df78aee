// Connection pumps and a hub: each client has a reader and a writer goroutine,
// and a hub registers, unregisters and broadcasts. Unregister forgets to close
// the client's send channel, and the reader's read has no deadline.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type client struct {
	in   chan string // what the peer sends us (a stand-in for the socket)
	send chan string // messages queued for the peer
}

type hub struct {
	clients    map[*client]bool
	register   chan *client
	unregister chan *client
	broadcast  chan string
	stop       chan struct{}
}

var (
	mu      sync.Mutex
	written int // messages the writers have "written to the socket"
)

func (h *hub) run() {
	for {
		select {
		case c := <-h.register:
			h.clients[c] = true
		case c := <-h.unregister:
			delete(h.clients, c) // BUG: c.send is never closed
		case msg := <-h.broadcast:
			for c := range h.clients {
				c.send <- msg
			}
		case <-h.stop:
			return
		}
	}
}

func (c *client) readPump(h *hub) {
	for {
		msg := <-c.in // LEAK: no deadline; a peer that goes quiet keeps the reader here
		h.broadcast <- msg
	}
}

func (c *client) writePump() {
	for range c.send { // LEAK: send is never closed, so the writer never leaves
		mu.Lock()
		written++
		mu.Unlock()
	}
}

func main() {
	h := &hub{clients: map[*client]bool{}, register: make(chan *client),
		unregister: make(chan *client), broadcast: make(chan string), stop: make(chan struct{})}
	go h.run()

	var clients []*client
	for i := 0; i < 3; i++ {
		c := &client{in: make(chan string, 1), send: make(chan string, 8)}
		h.register <- c
		clients = append(clients, c)
		go c.readPump(h)
		go c.writePump()
	}
	for i, c := range clients {
		c.in <- fmt.Sprintf("hello from %d", i) // each peer says hello, then goes quiet
	}
	time.Sleep(50 * time.Millisecond)
	mu.Lock()
	fmt.Println("messages written:", written)
	mu.Unlock()

	for _, c := range clients {
		h.unregister <- c // the server drops idle clients
	}
	close(h.stop)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
