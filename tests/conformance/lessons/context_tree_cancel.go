package main

import (
	"context"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

// A tree of goroutines with derived contexts: cancelling a node stops its whole subtree and
// nothing above or beside it. Each goroutine reports why it stopped.
type report struct {
	mu    sync.Mutex
	lines []string
}

func (r *report) add(s string) {
	r.mu.Lock()
	r.lines = append(r.lines, s)
	r.mu.Unlock()
}

func node(ctx context.Context, name string, wg *sync.WaitGroup, r *report) {
	defer wg.Done()
	<-ctx.Done()
	r.add(fmt.Sprintf("%-12s stopped: %v", name, ctx.Err()))
}

func main() {
	r := &report{}
	var wg sync.WaitGroup
	root, cancelRoot := context.WithCancel(context.Background())
	api, cancelAPI := context.WithCancel(root)
	db, cancelDB := context.WithTimeout(root, 60*time.Millisecond)
	defer cancelDB()
	apiUsers, cancelUsers := context.WithCancel(api)
	defer cancelUsers()
	apiOrders, cancelOrders := context.WithTimeout(api, time.Hour)
	defer cancelOrders()
	dbPool, cancelPool := context.WithCancel(db)
	defer cancelPool()

	nodes := map[string]context.Context{
		"root": root, "api": api, "api/users": apiUsers, "api/orders": apiOrders, "db": db, "db/pool": dbPool,
	}
	names := make([]string, 0, len(nodes))
	for n := range nodes {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		wg.Add(1)
		go node(nodes[n], n, &wg, r)
	}

	step := func(label string) {
		time.Sleep(20 * time.Millisecond)
		r.mu.Lock()
		sort.Strings(r.lines)
		fmt.Printf("after %s: %d stopped\n", label, len(r.lines))
		for _, l := range r.lines {
			fmt.Println("  " + l)
		}
		r.lines = nil
		r.mu.Unlock()
	}
	cancelAPI()
	step("cancelling api")
	time.Sleep(50 * time.Millisecond)
	step("db's deadline")
	cancelRoot()
	step("cancelling root")
	wg.Wait()
	fmt.Println(strings.Repeat("-", 20))
	fmt.Println("api/orders deadline kept:", func() bool { _, ok := apiOrders.Deadline(); return ok }())
}
