// A worker pool: 8 workers take 200,000 jobs from a channel and send results back; a WaitGroup closes
// the results channel when every worker is done; prints a checksum of the results.
package main

import (
	"fmt"
	"sync"
)

const (
	workers = 8
	jobs    = 200000
)

func work(j int) int { return (j*j + 7) % 1000003 }

func main() {
	jobCh := make(chan int, 64)
	results := make(chan int, 64)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobCh {
				results <- work(j)
			}
		}()
	}
	go func() {
		for j := 0; j < jobs; j++ {
			jobCh <- j
		}
		close(jobCh)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	checksum, count := 0, 0
	for r := range results {
		checksum = (checksum + r) % 1000000007
		count++
	}
	fmt.Println("jobs:", count, "checksum:", checksum)
}
