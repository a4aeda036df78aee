// Many producers, who closes? A coordinator does: producers only send and
// call wg.Done; one goroutine waits for all of them and then closes the channel
// exactly once. The consumer's range ends and it reports its count.
package main

import (
	"fmt"
	"runtime"
	"sync"
	"time"
)

func produce(id int, out chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < 2; i++ {
		out <- id*10 + i
	}
}

func consume(in <-chan int, done chan<- int) {
	count := 0
	for range in { // ends when the coordinator closes in
		count++
	}
	done <- count
}

func main() {
	values := make(chan int)
	done := make(chan int)
	var wg sync.WaitGroup
	for id := 1; id <= 3; id++ {
		wg.Add(1)
		go produce(id, values, &wg)
	}
	go func() {
		wg.Wait()     // FIX: every producer has finished sending
		close(values) // FIX: so the one close is safe and final
	}()
	go consume(values, done)

	select {
	case n := <-done:
		fmt.Println("received", n, "values")
	case <-time.After(100 * time.Millisecond):
		fmt.Println("consumer still waiting for the channel to close")
	}
	time.Sleep(10 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
