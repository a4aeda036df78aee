package main

import (
	"fmt"
	"strings"
	"sync"
	"time"
)

// A worker pool whose results land in a slice by job index: no sorting needed, each worker writes
// only its own slots, and the order of the output is the order of the input.
type Job struct {
	Index int
	URL   string
}

type Result struct {
	URL    string
	Status int
	Size   int
	Worker int
}

var pages = map[string]string{
	"https://go.dev":        "<html>go</html>",
	"https://go.dev/doc":    "<html>documentation</html>",
	"https://go.dev/blog":   "<html>the go blog</html>",
	"https://pkg.go.dev":    "<html>packages</html>",
	"https://go.dev/play":   "<html>playground</html>",
	"https://go.dev/nowhere": "",
}

func fetch(url string) (int, int) {
	time.Sleep(time.Duration(len(url)) * time.Millisecond)
	body, ok := pages[url]
	if !ok || body == "" {
		return 404, 0
	}
	return 200, len(body)
}

func main() {
	urls := []string{"https://go.dev", "https://go.dev/doc", "https://go.dev/nowhere",
		"https://go.dev/blog", "https://pkg.go.dev", "https://go.dev/play", "https://example.com"}
	jobs := make(chan Job)
	results := make([]Result, len(urls))
	var wg sync.WaitGroup
	const workers = 3
	for w := 1; w <= workers; w++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for j := range jobs {
				status, size := fetch(j.URL)
				results[j.Index] = Result{URL: j.URL, Status: status, Size: size, Worker: id}
			}
		}(w)
	}
	for i, u := range urls {
		jobs <- Job{i, u}
	}
	close(jobs)
	wg.Wait()

	total := 0
	for i, r := range results {
		mark := "ok"
		if r.Status != 200 {
			mark = "FAIL"
		}
		fmt.Printf("%2d %-4s %-26s %3d %4d bytes\n", i, mark, strings.TrimPrefix(r.URL, "https://"), r.Status, r.Size)
		total += r.Size
		if r.Worker < 1 || r.Worker > workers {
			fmt.Println("bad worker id", r.Worker)
		}
	}
	fmt.Printf("total %d bytes from %d pages\n", total, len(results))
}
