// Fan-out: several workers read from one channel; each item is processed exactly once.
package main

import (
	"fmt"
	"sync"
)

func main() {
	jobs := make(chan int)
	var mu sync.Mutex
	perItem := map[int]int{}
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				mu.Lock()
				perItem[j]++
				mu.Unlock()
			}
		}()
	}
	for i := 0; i < 100; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	once := true
	for i := 0; i < 100; i++ {
		if perItem[i] != 1 {
			once = false
		}
	}
	fmt.Println(len(perItem), once)
}
