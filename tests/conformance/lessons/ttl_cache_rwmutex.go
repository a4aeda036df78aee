package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

// A cache guarded by an RWMutex whose entries expire after a TTL; a janitor goroutine sweeps
// expired entries on a ticker until the cache is closed.
type entry struct {
	value   string
	expires time.Time
}

type Cache struct {
	mu    sync.RWMutex
	items map[string]entry
	ttl   time.Duration
	stop  chan struct{}
	done  chan struct{}
	hits  int
	miss  int
}

func NewCache(ttl, sweep time.Duration) *Cache {
	c := &Cache{items: make(map[string]entry), ttl: ttl, stop: make(chan struct{}), done: make(chan struct{})}
	go c.janitor(sweep)
	return c
}

func (c *Cache) Set(k, v string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.items[k] = entry{v, time.Now().Add(c.ttl)}
}

func (c *Cache) Get(k string) (string, bool) {
	c.mu.RLock()
	e, ok := c.items[k]
	c.mu.RUnlock()
	c.mu.Lock()
	defer c.mu.Unlock()
	if !ok || time.Now().After(e.expires) {
		c.miss++
		return "", false
	}
	c.hits++
	return e.value, true
}

func (c *Cache) janitor(every time.Duration) {
	defer close(c.done)
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case now := <-t.C:
			c.mu.Lock()
			for k, e := range c.items {
				if now.After(e.expires) {
					delete(c.items, k)
				}
			}
			c.mu.Unlock()
		case <-c.stop:
			return
		}
	}
}

func (c *Cache) Close() { close(c.stop); <-c.done }

func (c *Cache) Keys() []string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	keys := make([]string, 0, len(c.items))
	for k := range c.items {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func main() {
	c := NewCache(250*time.Millisecond, 100*time.Millisecond)
	c.Set("a", "apple")
	c.Set("b", "banana")
	var wg sync.WaitGroup
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c.Get("a")
			c.Get("zzz")
		}()
	}
	wg.Wait()
	fmt.Println("hits", c.hits, "misses", c.miss)
	time.Sleep(150 * time.Millisecond)
	c.Set("c", "cherry")
	fmt.Println("keys after 150ms:", c.Keys())
	time.Sleep(200 * time.Millisecond)
	v, ok := c.Get("a")
	fmt.Printf("a after 350ms: %q %v\n", v, ok)
	fmt.Println("keys after 350ms:", c.Keys())
	time.Sleep(300 * time.Millisecond)
	fmt.Println("keys after 650ms:", c.Keys(), len(c.Keys()))
	c.Close()
	fmt.Println("closed")
}
