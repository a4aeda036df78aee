package main

import (
	"fmt"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"
)

// A tracing helper of the kind teachers write to show which function runs where: it names its
// caller with runtime.Caller and FuncForPC, measures with a deferred call, and indents by depth.
type Tracer struct {
	mu    sync.Mutex
	lines []string
	depth map[string]int
}

func (t *Tracer) Enter(goroutine string) func() {
	pc, file, line, _ := runtime.Caller(1)
	name := strings.TrimPrefix(runtime.FuncForPC(pc).Name(), "main.")
	t.mu.Lock()
	d := t.depth[goroutine]
	t.depth[goroutine]++
	t.lines = append(t.lines, fmt.Sprintf("%s %s-> %s (%s:%d)", goroutine, strings.Repeat("  ", d), name, filepath.Base(file), line))
	t.mu.Unlock()
	start := time.Now()
	return func() {
		t.mu.Lock()
		defer t.mu.Unlock()
		t.depth[goroutine]--
		elapsed := time.Since(start).Round(10 * time.Millisecond)
		t.lines = append(t.lines, fmt.Sprintf("%s %s<- %s after %v", goroutine, strings.Repeat("  ", t.depth[goroutine]), name, elapsed))
	}
}

var tr = &Tracer{depth: map[string]int{}}

func fetch(g string, d time.Duration) {
	defer tr.Enter(g)()
	time.Sleep(d)
}

func process(g string) {
	defer tr.Enter(g)()
	fetch(g, 20*time.Millisecond)
	func() {
		defer tr.Enter(g)()
		time.Sleep(10 * time.Millisecond)
	}()
}

type Server struct{ name string }

func (s *Server) Handle(g string) {
	defer tr.Enter(g)()
	process(g)
}

func main() {
	var wg sync.WaitGroup
	s := &Server{"api"}
	for _, g := range []string{"g1", "g2"} {
		wg.Add(1)
		go func(g string) {
			defer wg.Done()
			s.Handle(g)
		}(g)
	}
	wg.Wait()
	// Each goroutine's lines in order; goroutines one after the other.
	for _, g := range []string{"g1", "g2"} {
		for _, l := range tr.lines {
			if strings.HasPrefix(l, g+" ") {
				fmt.Println(l)
			}
		}
	}
}
