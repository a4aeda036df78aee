// chan struct{} as a signal: close wakes every waiter; a channel as a semaphore; channels compare
// with ==.
package main

import (
	"fmt"
	"sync"
)

func main() {
	start := make(chan struct{})
	var wg sync.WaitGroup
	results := make(chan int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			<-start
			results <- id
		}(i)
	}
	close(start)
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum of ids", sum)

	a := make(chan int)
	b := a
	c := make(chan int)
	fmt.Println(a == b, a == c, a != nil)
	fmt.Printf("%T %v\n", struct{}{}, struct{}{})
}
