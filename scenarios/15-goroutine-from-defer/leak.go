// Goroutine started from a defer: on its way out, each session starts a
// goroutine that flushes its log every 30ms. The session returns; the flusher
// outlives it and has no way to stop.
package main

import (
	"fmt"
	"runtime"
	"time"
)

type session struct {
	id  int
	log []string
}

func (s *session) flush() {
	s.log = s.log[:0] // pretend to write the lines somewhere
}

func serve(id int) {
	s := &session{id: id}
	defer func() {
		go func() {
			for { // LEAK: no break, no return: it flushes for as long as the program runs
				time.Sleep(30 * time.Millisecond)
				s.flush()
			}
		}()
	}()
	s.log = append(s.log, fmt.Sprintf("session %d: hello", id))
	fmt.Println("session", id, "served")
}

func main() {
	for id := 1; id <= 3; id++ {
		serve(id)
	}
	time.Sleep(100 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
