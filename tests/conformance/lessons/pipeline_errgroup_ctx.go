package main

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// A pipeline whose stages stop when the context is cancelled, driven by a hand-written errgroup:
// the first stage to fail cancels the others, and Wait returns that first error.
type Group struct {
	wg      sync.WaitGroup
	errOnce sync.Once
	err     error
	cancel  context.CancelFunc
}

func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.errOnce.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel()
				}
			})
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel()
	}
	return g.err
}

var ErrBadRecord = errors.New("bad record")

func run(records []string) ([]string, error) {
	g, ctx := WithContext(context.Background())
	lines := make(chan string)
	upper := make(chan string)

	g.Go(func() error {
		defer close(lines)
		for _, r := range records {
			select {
			case lines <- r:
			case <-ctx.Done():
				return ctx.Err()
			}
		}
		return nil
	})
	for w := 0; w < 3; w++ {
		g.Go(func() error {
			for l := range lines {
				if strings.Contains(l, "!") {
					return fmt.Errorf("parse %q: %w", l, ErrBadRecord)
				}
				select {
				case upper <- strings.ToUpper(l):
				case <-ctx.Done():
					return ctx.Err()
				}
			}
			return nil
		})
	}
	var out []string
	var mu sync.Mutex
	done := make(chan struct{})
	go func() {
		defer close(done)
		for u := range upper {
			mu.Lock()
			out = append(out, u)
			mu.Unlock()
		}
	}()
	err := g.Wait()
	close(upper)
	<-done
	sort.Strings(out)
	return out, err
}

func main() {
	out, err := run([]string{"ant", "bee", "cat", "dog"})
	fmt.Println(out, err)

	out, err = run([]string{"ant", "b!e", "cat"})
	fmt.Println(len(out) <= 2, err)
	fmt.Println("is bad record:", errors.Is(err, ErrBadRecord))
	fmt.Println("is canceled:", errors.Is(err, context.Canceled))
}
