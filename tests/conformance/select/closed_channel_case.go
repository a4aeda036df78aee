// A closed channel is always ready in select: a done channel stops a worker loop.
package main

import (
	"fmt"
	"time"
)

func main() {
	done := make(chan struct{})
	results := make(chan int)
	go func() {
		defer close(results)
		n := 0
		for {
			select {
			case <-done:
				results <- n
				return
			default:
				n++
				time.Sleep(time.Millisecond)
			}
		}
	}()
	time.Sleep(30 * time.Millisecond)
	close(done)
	n := <-results
	fmt.Println("worker counted", n > 0)
	_, ok := <-results
	fmt.Println("results closed:", !ok)
}
