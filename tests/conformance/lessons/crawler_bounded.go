package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
	"time"
)

// The Go tour's web crawler, made parallel with a bounded number of fetches in flight and a
// fake fetcher, so that every run visits the same pages.
type Fetcher interface {
	Fetch(url string) (body string, urls []string, err error)
}

type fakeResult struct {
	body string
	urls []string
}

type fakeFetcher map[string]*fakeResult

var ErrNotFound = errors.New("not found")

func (f fakeFetcher) Fetch(url string) (string, []string, error) {
	time.Sleep(5 * time.Millisecond)
	if res, ok := f[url]; ok {
		return res.body, res.urls, nil
	}
	return "", nil, fmt.Errorf("fetch %s: %w", url, ErrNotFound)
}

var fetcher = fakeFetcher{
	"https://golang.org/": &fakeResult{"The Go Programming Language",
		[]string{"https://golang.org/pkg/", "https://golang.org/cmd/"}},
	"https://golang.org/pkg/": &fakeResult{"Packages",
		[]string{"https://golang.org/", "https://golang.org/cmd/", "https://golang.org/pkg/fmt/", "https://golang.org/pkg/os/"}},
	"https://golang.org/pkg/fmt/": &fakeResult{"Package fmt",
		[]string{"https://golang.org/", "https://golang.org/pkg/"}},
	"https://golang.org/pkg/os/": &fakeResult{"Package os",
		[]string{"https://golang.org/", "https://golang.org/pkg/", "https://golang.org/pkg/os/exec/"}},
}

type Crawler struct {
	mu      sync.Mutex
	visited map[string]string
	errs    []string
	sem     chan struct{}
	wg      sync.WaitGroup
	inUse   int
	maxUse  int
}

func (c *Crawler) visit(url string, depth int) {
	defer c.wg.Done()
	if depth <= 0 {
		return
	}
	c.mu.Lock()
	if _, seen := c.visited[url]; seen {
		c.mu.Unlock()
		return
	}
	c.visited[url] = "(pending)"
	c.mu.Unlock()

	c.sem <- struct{}{}
	c.mu.Lock()
	c.inUse++
	if c.inUse > c.maxUse {
		c.maxUse = c.inUse
	}
	c.mu.Unlock()
	body, urls, err := fetcher.Fetch(url)
	c.mu.Lock()
	c.inUse--
	c.mu.Unlock()
	<-c.sem

	c.mu.Lock()
	if err != nil {
		c.visited[url] = "error"
		c.errs = append(c.errs, err.Error())
	} else {
		c.visited[url] = body
	}
	c.mu.Unlock()
	for _, u := range urls {
		c.wg.Add(1)
		go c.visit(u, depth-1)
	}
}

func main() {
	c := &Crawler{visited: map[string]string{}, sem: make(chan struct{}, 2)}
	c.wg.Add(1)
	go c.visit("https://golang.org/", 4)
	c.wg.Wait()

	urls := make([]string, 0, len(c.visited))
	for u := range c.visited {
		urls = append(urls, u)
	}
	sort.Strings(urls)
	for _, u := range urls {
		fmt.Printf("%-36s %q\n", strings.TrimPrefix(u, "https://"), c.visited[u])
	}
	sort.Strings(c.errs)
	for _, e := range c.errs {
		fmt.Println("error:", e)
	}
	fmt.Println("pages:", len(c.visited), "at most in flight:", c.maxUse <= 2)
}
