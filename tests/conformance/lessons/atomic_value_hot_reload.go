package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Hot-reloading configuration with atomic.Value: readers Load an immutable snapshot without a
// lock, a reloader Stores a new one; a reader never sees a half-written config.
type Config struct {
	Version  int
	Backends []string
	Timeout  time.Duration
}

var current atomic.Value

func load(version int) *Config {
	backends := []string{"b1", "b2"}
	for i := 2; i < version+1; i++ {
		backends = append(backends, fmt.Sprintf("b%d", i+1))
	}
	return &Config{Version: version, Backends: backends, Timeout: time.Duration(version) * 100 * time.Millisecond}
}

func main() {
	current.Store(load(1))
	var wg sync.WaitGroup
	var mu sync.Mutex
	seen := map[int]bool{}
	consistent := true
	stop := make(chan struct{})
	for r := 0; r < 3; r++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return
				default:
				}
				c := current.Load().(*Config)
				ok := len(c.Backends) == c.Version+1 && c.Timeout == time.Duration(c.Version)*100*time.Millisecond
				mu.Lock()
				seen[c.Version] = true
				consistent = consistent && ok
				mu.Unlock()
				time.Sleep(5 * time.Millisecond)
			}
		}()
	}
	for v := 2; v <= 4; v++ {
		time.Sleep(30 * time.Millisecond)
		current.Store(load(v))
	}
	time.Sleep(30 * time.Millisecond)
	close(stop)
	wg.Wait()
	var versions []string
	for v := range seen {
		versions = append(versions, fmt.Sprint(v))
	}
	sort.Strings(versions)
	fmt.Println("versions seen:", strings.Join(versions, ","), "all consistent:", consistent)
	fmt.Printf("%+v\n", *current.Load().(*Config))

	defer func() { fmt.Println("recovered:", recover()) }()
	current.Store("a string") // a different type than before: atomic.Value panics
}
