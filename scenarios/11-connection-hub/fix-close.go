// Connection pumps and a hub, fixed: the hub closes a client's send channel
// exactly once, when it unregisters it; the writer then ends and closes the
// connection, and the reader's blocking read ends on that close or on a deadline.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

const readDeadline = 500 * time.Millisecond

type client struct {
	in     chan string   // what the peer sends us (a stand-in for the socket)
	send   chan string   // messages queued for the peer
	closed chan struct{} // closed when the connection is closed
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
			if h.clients[c] { // FIX: only a registered client, so send is closed exactly once
				delete(h.clients, c)
				close(c.send)
			}
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
		select {
		case msg := <-c.in:
			h.broadcast <- msg
		case <-c.closed: // FIX: the connection was closed: the read fails, the reader ends
			return
		case <-time.After(readDeadline): // FIX: a quiet peer cannot hold the reader forever
			select {
			case h.unregister <- c: // the hub closes send; the writer closes the connection
			case <-h.stop: // the hub is gone already
			}
			return
		}
	}
}

func (c *client) writePump() {
	defer close(c.closed) // FIX: closing the connection also wakes the reader
	for range c.send {    // ends when the hub closes send
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
		c := &client{in: make(chan string, 1), send: make(chan string, 8), closed: make(chan struct{})}
		h.register <- c
		clients = append(clients, c)
		go c.readPump(h)
		go c.writePump()
	}
	for i, c := range clients {
		c.in <- fmt.Sprintf("hello from %d", i)
	}
	time.Sleep(50 * time.Millisecond)
	mu.Lock()
	fmt.Println("messages written:", written)
	mu.Unlock()

	for _, c := range clients {
		h.unregister <- c
	}
	close(h.stop)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
