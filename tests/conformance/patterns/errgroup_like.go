// An errgroup-like helper with WaitGroup + Mutex: run tasks concurrently, keep the first error by
// task order, cancel the others through a shared context.
package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

type group struct {
	wg     sync.WaitGroup
	mu     sync.Mutex
	err    error
	cancel context.CancelFunc
}

func (g *group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.mu.Lock()
			if g.err == nil {
				g.err = err
				g.cancel()
			}
			g.mu.Unlock()
		}
	}()
}

func (g *group) Wait() error {
	g.wg.Wait()
	g.cancel()
	return g.err
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	g := &group{cancel: cancel}
	var mu sync.Mutex
	stopped := 0
	for i := 0; i < 4; i++ {
		i := i
		g.Go(func() error {
			if i == 2 {
				time.Sleep(20 * time.Millisecond)
				return errors.New("task 2 failed")
			}
			select {
			case <-ctx.Done():
				mu.Lock()
				stopped++
				mu.Unlock()
				return ctx.Err()
			case <-time.After(time.Second):
				return nil
			}
		})
	}
	err := g.Wait()
	fmt.Println("first error:", err)
	fmt.Println("tasks stopped by cancellation:", stopped)
}
