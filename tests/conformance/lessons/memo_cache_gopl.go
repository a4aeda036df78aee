package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

// The concurrent non-blocking cache of "The Go Programming Language" (memo): the first caller
// for a key computes it, later callers wait on the entry's ready channel instead of computing it
// again; different keys are computed in parallel.
type result struct {
	value interface{}
	err   error
}

type entry struct {
	res   result
	ready chan struct{}
}

type Func func(key string) (interface{}, error)

type Memo struct {
	f     Func
	mu    sync.Mutex
	cache map[string]*entry
}

func New(f Func) *Memo { return &Memo{f: f, cache: make(map[string]*entry)} }

func (memo *Memo) Get(key string) (interface{}, error) {
	memo.mu.Lock()
	e := memo.cache[key]
	if e == nil {
		e = &entry{ready: make(chan struct{})}
		memo.cache[key] = e
		memo.mu.Unlock()
		e.res.value, e.res.err = memo.f(key)
		close(e.ready)
	} else {
		memo.mu.Unlock()
		<-e.ready
	}
	return e.res.value, e.res.err
}

var calls sync.Map

func slowLength(url string) (interface{}, error) {
	n, _ := calls.LoadOrStore(url, new(int))
	*n.(*int)++
	time.Sleep(50 * time.Millisecond)
	if url == "" {
		return nil, fmt.Errorf("empty url")
	}
	return len(url), nil
}

func main() {
	m := New(slowLength)
	urls := []string{"https://golang.org", "https://godoc.org", "https://play.golang.org", "", "https://golang.org", "https://godoc.org", ""}
	start := time.Now()
	var wg sync.WaitGroup
	var mu sync.Mutex
	var lines []string
	for _, url := range urls {
		wg.Add(1)
		go func(url string) {
			defer wg.Done()
			v, err := m.Get(url)
			mu.Lock()
			lines = append(lines, fmt.Sprintf("%-26q %v %v", url, v, err))
			mu.Unlock()
		}(url)
	}
	wg.Wait()
	sort.Strings(lines)
	for _, l := range lines {
		fmt.Println(l)
	}
	fmt.Println("all in one round:", time.Since(start) < 100*time.Millisecond)
	var keys []string
	calls.Range(func(k, v interface{}) bool {
		keys = append(keys, fmt.Sprintf("%q:%d", k, *v.(*int)))
		return true
	})
	sort.Strings(keys)
	fmt.Println("computed once each:", keys)
}
