// Context values, a context's Done channel and sync primitives inside heap objects survive
// collections while goroutines wait on them.
package main

import (
	"context"
	"fmt"
	"sync"
)

func churn() int {
	n := 0
	for i := 0; i < 3000; i++ {
		parts := make([]string, 0, 4)
		for j := 0; j < 4; j++ {
			parts = append(parts, fmt.Sprint("garbage-", i, "-", j))
		}
		m := map[int][]int{i: make([]int, 100)}
		n += len(parts) + len(m[i])
	}
	return n
}

type ctxKey string

type shared struct {
	mu    sync.Mutex
	items []string
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	ctx = context.WithValue(ctx, ctxKey("user"), fmt.Sprint("gopher", 1))
	ctx = context.WithValue(ctx, ctxKey("ids"), []int{4, 5, 6})
	s := &shared{}
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			<-ctx.Done()
			s.mu.Lock()
			s.items = append(s.items, fmt.Sprint(i, ctx.Value(ctxKey("user")), ctx.Value(ctxKey("ids"))))
			s.mu.Unlock()
		}(i)
	}
	s.mu.Lock()
	fmt.Println("churn:", churn())
	cancel()
	s.mu.Unlock()
	wg.Wait()
	fmt.Println(len(s.items), ctx.Err())
	for _, want := range []string{"0", "1", "2"} {
		found := false
		for _, it := range s.items {
			if it[:1] == want {
				found = true
				fmt.Println(it)
			}
		}
		fmt.Println(want, found)
	}
}
