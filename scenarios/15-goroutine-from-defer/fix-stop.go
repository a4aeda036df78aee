// Goroutine started from a defer, fixed: the flusher gets an exit path. It
// selects on a stop channel owned by the caller, flushes one last time and
// returns; the caller closes stop and waits for every flusher with a WaitGroup.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

type session struct {
	id  int
	log []string
}

func (s *session) flush() {
	s.log = s.log[:0] // pretend to write the lines somewhere
}

func serve(id int, stop <-chan struct{}, wg *sync.WaitGroup) {
	s := &session{id: id}
	defer func() {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop: // FIX: the way out
					s.flush()
					return
				case <-time.After(30 * time.Millisecond):
					s.flush()
				}
			}
		}()
	}()
	s.log = append(s.log, fmt.Sprintf("session %d: hello", id))
	fmt.Println("session", id, "served")
}

func main() {
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		serve(id, stop, &wg)
	}
	time.Sleep(100 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
	close(stop) // FIX: one close stops every flusher
	wg.Wait()
	time.Sleep(10 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
