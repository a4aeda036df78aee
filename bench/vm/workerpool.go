// 8 workers, 200,000 jobs over channels, a WaitGroup, a checksum.
package main

import (
	"fmt"
	"sync"
)

func main() {
	jobs := make(chan int, 64)
	results := make(chan int, 64)
	var wg sync.WaitGroup
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				results <- j * 2 % 1000
			}
		}()
	}
	go func() {
		for i := 0; i < 200000; i++ {
			jobs <- i
		}
		close(jobs)
	}()
	go func() {
		wg.Wait()
		close(results)
	}()
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("checksum:", sum)
}
