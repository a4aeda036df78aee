// Broadcasting shutdown by closing a quit channel: every worker sees it and acknowledges.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	quit := make(chan struct{})
	var wg sync.WaitGroup
	acks := make(chan int, 5)
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			for {
				select {
				case <-quit:
					acks <- id
					return
				case <-time.After(5 * time.Millisecond):
				}
			}
		}(i)
	}
	time.Sleep(20 * time.Millisecond)
	close(quit)
	wg.Wait()
	close(acks)
	sum := 0
	for id := range acks {
		sum += id
	}
	fmt.Println("all acknowledged:", sum == 0+1+2+3+4)
}
