package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Method values of library types (sync.Mutex.Unlock, WaitGroup.Done/Wait, strings.Builder's
// WriteString) called directly, deferred, started as goroutines and stored in slices; method
// values of program types with pointer and value receivers (the value is copied when bound).
type Counter struct{ n int }

func (c *Counter) Inc()      { c.n++ }
func (c Counter) Report()    { fmt.Println("report", c.n) }
func (c *Counter) Add(k int) { c.n += k }

func main() {
	var mu sync.Mutex
	mu.Lock()
	unlock := mu.Unlock
	unlock()
	mu.Lock()
	fmt.Println("relocked")
	mu.Unlock()

	var sb strings.Builder
	write := sb.WriteString
	n, err := write("abc")
	write("def")
	fmt.Println(sb.String(), n, err)

	c := &Counter{}
	func() {
		mu.Lock()
		defer unlock()
		defer c.Report()
		rep := c.Report
		defer rep()
		add := c.Add
		defer add(5)
		c.Inc()
	}()
	fmt.Println("after:", c.n)

	var wg sync.WaitGroup
	wg.Add(3)
	done := wg.Done
	go done()
	go func() { defer done() }()
	calls := []func(){done, c.Inc, c.Report}
	for _, f := range calls {
		f()
	}
	wait := wg.Wait
	wait()
	var once sync.Once
	once.Do(c.Inc)
	once.Do(c.Inc)
	fmt.Println("once:", c.n)
	words := []string{"pear", "fig", "apple"}
	less := func(i, j int) bool { return len(words[i]) < len(words[j]) }
	sort.Slice(words, less)
	join := strings.Join
	fmt.Println(join(words, ","))
}
