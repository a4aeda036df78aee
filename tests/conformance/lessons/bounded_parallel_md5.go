package main

import (
	"crypto/md5"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

// "Bounded parallelism" from the Go blog's pipelines article, on a fake file system: one goroutine
// walks the tree and emits paths, a fixed number of digesters read and hash the files, and a
// done channel stops the walk early when the caller gives up.
var files = map[string]string{
	"/src/main.go":        "package main\n\nfunc main() {}\n",
	"/src/util/strings.go": "package util\n",
	"/src/util/empty.go":   "",
	"/docs/README.md":      "# Project\n",
	"/docs/secret.txt":     "<unreadable>",
	"/LICENSE":             "MIT",
}

type result struct {
	path string
	sum  [md5.Size]byte
	err  error
}

func walk(done <-chan struct{}, root string) (<-chan string, <-chan error) {
	paths := make(chan string)
	errc := make(chan error, 1)
	go func() {
		defer close(paths)
		var names []string
		for p := range files {
			if strings.HasPrefix(p, root) {
				names = append(names, p)
			}
		}
		sort.Strings(names)
		for _, p := range names {
			select {
			case paths <- p:
			case <-done:
				errc <- errors.New("walk canceled")
				return
			}
		}
		errc <- nil
	}()
	return paths, errc
}

func readFile(path string) ([]byte, error) {
	data := files[path]
	if data == "<unreadable>" {
		return nil, fmt.Errorf("open %s: permission denied", path)
	}
	return []byte(data), nil
}

func digester(done <-chan struct{}, paths <-chan string, c chan<- result) {
	for path := range paths {
		data, err := readFile(path)
		select {
		case c <- result{path, md5.Sum(data), err}:
		case <-done:
			return
		}
	}
}

func MD5All(root string, workers int) (map[string][md5.Size]byte, error) {
	done := make(chan struct{})
	defer close(done)
	paths, errc := walk(done, root)
	c := make(chan result)
	var wg sync.WaitGroup
	wg.Add(workers)
	for i := 0; i < workers; i++ {
		go func() {
			digester(done, paths, c)
			wg.Done()
		}()
	}
	go func() {
		wg.Wait()
		close(c)
	}()
	m := make(map[string][md5.Size]byte)
	for r := range c {
		if r.err != nil {
			return nil, r.err
		}
		m[r.path] = r.sum
	}
	if err := <-errc; err != nil {
		return nil, err
	}
	return m, nil
}

func main() {
	m, err := MD5All("/src", 2)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	var paths []string
	for p := range m {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		fmt.Printf("%x  %s\n", m[p], p)
	}
	_, err = MD5All("/docs", 3)
	fmt.Println("docs:", err)
	m, err = MD5All("/", 4)
	fmt.Println("all:", len(m), err)
}
