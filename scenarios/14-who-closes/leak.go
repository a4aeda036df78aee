// Many producers, who closes? Here nobody does: three producers send into a
// shared channel and return, and the consumer's range waits for a close that
// never comes.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func produce(id int, out chan<- int) {
	for i := 0; i < 2; i++ {
		out <- id*10 + i
	}
	// no close: another producer may still be sending
}

func consume(in <-chan int, done chan<- int) {
	count := 0
	for range in { // LEAK: in is never closed, so this range never ends
		count++
	}
	done <- count
}

func main() {
	values := make(chan int)
	done := make(chan int)
	for id := 1; id <= 3; id++ {
		go produce(id, values)
	}
	go consume(values, done)

	select {
	case n := <-done:
		fmt.Println("received", n, "values")
	case <-time.After(100 * time.Millisecond):
		fmt.Println("consumer still waiting for the channel to close")
	}
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
