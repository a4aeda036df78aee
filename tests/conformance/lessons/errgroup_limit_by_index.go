package main

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"time"
)

// A hand-written errgroup with a concurrency limit, collecting results by index: at most two
// fetches run at once, the first error cancels the rest, and Wait returns that error.
type Group struct {
	cancel func()
	wg     sync.WaitGroup
	sem    chan struct{}
	once   sync.Once
	err    error
}

func WithContext(ctx context.Context, limit int) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel, sem: make(chan struct{}, limit)}, ctx
}

func (g *Group) Go(f func() error) {
	g.sem <- struct{}{} // blocks while `limit` functions run
	g.wg.Add(1)
	go func() {
		defer func() { <-g.sem; g.wg.Done() }()
		if err := f(); err != nil {
			g.once.Do(func() { g.err = err; g.cancel() })
		}
	}()
}

func (g *Group) Wait() error {
	g.wg.Wait()
	g.cancel()
	return g.err
}

var ErrNotFound = errors.New("not found")

func fetch(ctx context.Context, id int) (string, error) {
	select {
	case <-time.After(time.Duration(10*id) * time.Millisecond):
	case <-ctx.Done():
		return "", ctx.Err()
	}
	if id == 4 {
		return "", fmt.Errorf("item %d: %w", id, ErrNotFound)
	}
	return fmt.Sprintf("item-%d", id), nil
}

func fetchAll(ids []int) ([]string, error) {
	g, ctx := WithContext(context.Background(), 2)
	results := make([]string, len(ids))
	for i, id := range ids {
		i, id := i, id
		g.Go(func() error {
			v, err := fetch(ctx, id)
			if err != nil {
				return err
			}
			results[i] = v
			return nil
		})
	}
	err := g.Wait()
	return results, err
}

func main() {
	res, err := fetchAll([]int{3, 1, 2})
	fmt.Printf("%q %v\n", res, err)
	res, err = fetchAll([]int{1, 4, 2, 8, 9})
	fmt.Printf("%q\n", res[:2])
	fmt.Println("error:", err, "| not found:", errors.Is(err, ErrNotFound))
	fmt.Println("later items skipped:", res[3] == "" && res[4] == "")
}
