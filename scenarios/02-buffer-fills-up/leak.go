// Buffer fills up: the producer sends ten values into a channel with room for
// three; the consumer stops after two, and the producer blocks once it is full.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func produce(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i // LEAK: blocks for good once the buffer is full and nobody reads
	}
	close(out)
}

func main() {
	values := make(chan int, 3)
	go produce(values, 10)

	for v := range values {
		fmt.Println("got", v)
		if v == 1 {
			break // the consumer has what it wants and walks away
		}
	}

	time.Sleep(50 * time.Millisecond) // the producer fills the buffer, then waits
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
