// args: -workers=3 -jobs=12
// A worker pool: jobs and results channels, a fixed number of workers, results collected by job id.
package main

import (
	"flag"
	"fmt"
	"sync"
	"time"
)

type result struct {
	job, value int
}

func worker(id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(time.Millisecond)
		results <- result{j, j * j}
	}
}

func main() {
	workers := flag.Int("workers", 4, "workers")
	n := flag.Int("jobs", 10, "jobs")
	flag.Parse()
	jobs := make(chan int, *n)
	results := make(chan result, *n)
	var wg sync.WaitGroup
	for w := 1; w <= *workers; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= *n; j++ {
		jobs <- j
	}
	close(jobs)
	wg.Wait()
	close(results)
	out := make([]int, *n+1)
	for r := range results {
		out[r.job] = r.value
	}
	fmt.Println(out[1:])
}
