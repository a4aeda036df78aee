package main

import (
	"fmt"
	"sync"
	"time"
)

// Readers share an RWMutex, a writer excludes everyone: many readers run at once, never while
// the writer holds the lock; a waiting writer blocks new readers, so it is not starved.
type Config struct {
	mu       sync.RWMutex
	version  int
	settings map[string]string
}

type gauge struct {
	mu              sync.Mutex
	readers, writer int
	maxReaders      int
	overlap         bool
}

func (g *gauge) enter(writer bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if writer {
		g.writer++
		if g.readers > 0 || g.writer > 1 {
			g.overlap = true
		}
		return
	}
	g.readers++
	if g.writer > 0 {
		g.overlap = true
	}
	if g.readers > g.maxReaders {
		g.maxReaders = g.readers
	}
}

func (g *gauge) leave(writer bool) {
	g.mu.Lock()
	defer g.mu.Unlock()
	if writer {
		g.writer--
	} else {
		g.readers--
	}
}

func main() {
	c := &Config{settings: map[string]string{"mode": "v0"}}
	var g gauge
	var wg sync.WaitGroup
	reads := make([]string, 6)
	for r := 0; r < 6; r++ {
		wg.Add(1)
		go func(r int) {
			defer wg.Done()
			c.mu.RLock()
			g.enter(false)
			time.Sleep(30 * time.Millisecond)
			reads[r] = c.settings["mode"]
			g.leave(false)
			c.mu.RUnlock()
		}(r)
	}
	time.Sleep(10 * time.Millisecond)
	wg.Add(1)
	go func() {
		defer wg.Done()
		c.mu.Lock()
		g.enter(true)
		c.version++
		c.settings["mode"] = fmt.Sprintf("v%d", c.version)
		time.Sleep(20 * time.Millisecond)
		g.leave(true)
		c.mu.Unlock()
	}()
	time.Sleep(5 * time.Millisecond)
	lateRead := make(chan string)
	go func() {
		c.mu.RLock() // queued behind the waiting writer
		mode := c.settings["mode"]
		c.mu.RUnlock()
		lateRead <- mode
	}()
	wg.Wait()
	late := <-lateRead
	fmt.Println("early readers saw:", reads)
	fmt.Println("late reader saw:", late)
	fmt.Println("readers at once:", g.maxReaders, "writer overlapped anyone:", g.overlap)
	fmt.Println("TryLock while free:", c.mu.TryLock())
	fmt.Println("TryRLock while locked:", c.mu.TryRLock())
	c.mu.Unlock()
}
