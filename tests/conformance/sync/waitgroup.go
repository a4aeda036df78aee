// WaitGroup: Add before go, Done in a defer, Wait until the counter is zero; reuse after Wait.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	total := 0
	for i := 1; i <= 10; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			mu.Lock()
			total += n
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(total)

	wg.Add(3)
	for i := 0; i < 3; i++ {
		go func() {
			mu.Lock()
			total++
			mu.Unlock()
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println(total)
	wg.Wait() // zero counter: returns at once
	fmt.Println("done")
}
