package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

// Graceful shutdown: a fake "signal" arrives, the server stops accepting work, in-flight requests
// get a grace period to finish, and whatever is still running after it is cancelled.
type Server struct {
	wg       sync.WaitGroup
	mu       sync.Mutex
	done     []string
	accept   bool
	inflight map[int]context.CancelFunc
}

var ErrShuttingDown = errors.New("server is shutting down")

func (s *Server) Handle(id int, work time.Duration) error {
	s.mu.Lock()
	if !s.accept {
		s.mu.Unlock()
		return ErrShuttingDown
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.inflight[id] = cancel
	s.wg.Add(1)
	s.mu.Unlock()
	go func() {
		defer s.wg.Done()
		var outcome string
		select {
		case <-time.After(work):
			outcome = fmt.Sprintf("req %d finished", id)
		case <-ctx.Done():
			outcome = fmt.Sprintf("req %d aborted: %v", id, ctx.Err())
		}
		s.mu.Lock()
		s.done = append(s.done, outcome)
		delete(s.inflight, id)
		s.mu.Unlock()
	}()
	return nil
}

func (s *Server) Shutdown(grace time.Duration) error {
	s.mu.Lock()
	s.accept = false
	s.mu.Unlock()
	finished := make(chan struct{})
	go func() {
		s.wg.Wait()
		close(finished)
	}()
	select {
	case <-finished:
		return nil
	case <-time.After(grace):
		s.mu.Lock()
		n := len(s.inflight)
		for _, cancel := range s.inflight {
			cancel()
		}
		s.mu.Unlock()
		<-finished
		return fmt.Errorf("grace period of %v over: %d request(s) aborted", grace, n)
	}
}

func main() {
	s := &Server{accept: true, inflight: map[int]context.CancelFunc{}}
	signal := time.After(50 * time.Millisecond)
	works := []time.Duration{20, 80, 120, 300, 60}
	for i, w := range works {
		if err := s.Handle(i+1, w*time.Millisecond); err != nil {
			fmt.Println(err)
		}
	}
	<-signal
	fmt.Println("got interrupt, shutting down")
	fmt.Println("late request:", s.Handle(99, time.Millisecond))
	err := s.Shutdown(100 * time.Millisecond)
	sort.Strings(s.done)
	for _, d := range s.done {
		fmt.Println(" ", d)
	}
	fmt.Println("shutdown:", err)
	fmt.Println("is shutting-down error:", errors.Is(s.Handle(100, 0), ErrShuttingDown))
}
