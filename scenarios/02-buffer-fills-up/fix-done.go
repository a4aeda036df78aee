// Buffer fills up, fixed: the consumer closes a done channel when it stops
// reading, and every send of the producer also selects on done.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func produce(out chan<- int, done <-chan struct{}, n int) {
	defer close(out)
	for i := 0; i < n; i++ {
		select {
		case out <- i:
		case <-done: // FIX: the consumer has gone; stop producing
			return
		}
	}
}

func main() {
	values := make(chan int, 3)
	done := make(chan struct{})
	go produce(values, done, 10)

	for v := range values {
		fmt.Println("got", v)
		if v == 1 {
			break
		}
	}
	close(done) // FIX: tell the producer nobody reads any more

	time.Sleep(50 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
