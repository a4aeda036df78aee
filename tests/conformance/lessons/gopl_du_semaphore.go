package main

import (
	"fmt"
	"path"
	"sort"
	"strings"
	"sync"
	"time"
)

// "du" from The Go Programming Language (8.8), on a fake directory tree: a goroutine per
// directory walks recursively, a counting semaphore limits how many read a directory at once,
// sizes flow over a channel, and a ticker prints progress while the walk runs.
type node struct {
	size     int64
	children []string
}

var tree = map[string]node{
	"/":          {children: []string{"/usr", "/home", "/tmp"}},
	"/usr":       {children: []string{"/usr/bin", "/usr/lib"}},
	"/usr/bin":   {children: []string{"/usr/bin/go", "/usr/bin/gofmt"}},
	"/usr/lib":   {children: []string{"/usr/lib/libc.so"}},
	"/home":      {children: []string{"/home/ann", "/home/bob"}},
	"/home/ann":  {children: []string{"/home/ann/notes.txt", "/home/ann/photo.jpg"}},
	"/home/bob":  {},
	"/tmp":       {children: []string{"/tmp/cache"}},
	"/usr/bin/go":         {size: 14_000_000},
	"/usr/bin/gofmt":      {size: 3_500_000},
	"/usr/lib/libc.so":    {size: 2_000_000},
	"/home/ann/notes.txt": {size: 4_096},
	"/home/ann/photo.jpg": {size: 1_048_576},
	"/tmp/cache":          {size: 512},
}

var sema = make(chan struct{}, 2)
var maxInFlight, inFlight int
var mu sync.Mutex

func dirents(dir string) []string {
	sema <- struct{}{}
	defer func() { <-sema }()
	mu.Lock()
	inFlight++
	if inFlight > maxInFlight {
		maxInFlight = inFlight
	}
	mu.Unlock()
	time.Sleep(20 * time.Millisecond) // reading a directory is slow
	mu.Lock()
	inFlight--
	mu.Unlock()
	return tree[dir].children
}

func walkDir(dir string, n *sync.WaitGroup, sizes chan<- int64) {
	defer n.Done()
	for _, entry := range dirents(dir) {
		if len(tree[entry].children) > 0 || tree[entry].size == 0 {
			n.Add(1)
			go walkDir(entry, n, sizes)
		} else {
			sizes <- tree[entry].size
		}
	}
}

func main() {
	sizes := make(chan int64)
	var n sync.WaitGroup
	n.Add(1)
	go walkDir("/", &n, sizes)
	go func() {
		n.Wait()
		close(sizes)
	}()
	tick := time.Tick(25 * time.Millisecond)
	var nfiles, nbytes int64
	progress := 0
loop:
	for {
		select {
		case size, ok := <-sizes:
			if !ok {
				break loop
			}
			nfiles++
			nbytes += size
		case <-tick:
			progress++
		}
	}
	fmt.Printf("%d files  %.1f MB\n", nfiles, float64(nbytes)/1e6)
	fmt.Println("progress lines:", progress > 0, "max directories read at once:", maxInFlight)
	var dirs []string
	for p, nd := range tree {
		if len(nd.children) > 0 {
			dirs = append(dirs, path.Base(p)+strings.Repeat("/", 1))
		}
	}
	sort.Strings(dirs)
	fmt.Println(dirs, path.Join("/usr", "bin", "..", "lib"), path.Dir("/home/ann/notes.txt"), path.Ext("photo.jpg"))
}
