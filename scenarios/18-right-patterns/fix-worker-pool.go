// The right patterns: a bounded worker pool. A fixed number of workers range
// over a jobs channel that its one sender closes; results are collected until
// a closer goroutine, waiting on the WaitGroup, closes the results channel.
package main

import (
	"flag"
	"fmt"
	"runtime"
	"sync"
	"time"
)

func worker(jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for n := range jobs { // ends when the sender closes jobs
		results <- n * n
	}
}

func main() {
	workers := flag.Int("workers", 4, "pool size")
	jobCount := flag.Int("jobs", 100, "number of jobs")
	flag.Parse()

	jobs := make(chan int)
	results := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < *workers; w++ { // at most this many goroutines, however many jobs
		wg.Add(1)
		go worker(jobs, results, &wg)
	}
	go func() {
		for n := 1; n <= *jobCount; n++ {
			jobs <- n
		}
		close(jobs) // the only sender closes
	}()
	go func() {
		wg.Wait()      // every worker has returned
		close(results) // so nobody can send on results any more
	}()

	sum := 0
	for r := range results { // ends after the closer has run
		sum += r
	}
	fmt.Println("sum of squares:", sum)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
