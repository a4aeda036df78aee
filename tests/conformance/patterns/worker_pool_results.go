// A worker pool: jobs on a channel, results collected and printed in job order, with the
// worker that did each one counted (output independent of scheduling).
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

type result struct {
	job    int
	square int
	worker int
}

func worker(id int, jobs <-chan int, results chan<- result, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		time.Sleep(time.Duration(j%3) * time.Millisecond)
		results <- result{j, j * j, id}
	}
}

func main() {
	jobs := make(chan int, 10)
	results := make(chan result, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for j := 1; j <= 9; j++ {
		jobs <- j
	}
	close(jobs)
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []result
	perWorker := map[int]int{}
	for r := range results {
		all = append(all, r)
		perWorker[r.worker]++
	}
	sort.Slice(all, func(i, j int) bool { return all[i].job < all[j].job })
	for _, r := range all {
		fmt.Printf("job %d -> %d\n", r.job, r.square)
	}
	total := 0
	for _, n := range perWorker {
		total += n
	}
	fmt.Println("jobs done:", total, "workers used <= 3:", len(perWorker) <= 3)
}
