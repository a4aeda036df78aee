// Buffer fills up, fixed: after it has what it wants, the consumer keeps
// reading (and discarding) until the producer closes the channel.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func produce(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i // always completes: the consumer reads to the end
	}
	close(out)
}

func main() {
	values := make(chan int, 3)
	go produce(values, 10)

	for v := range values {
		fmt.Println("got", v)
		if v == 1 {
			break
		}
	}
	skipped := 0
	for range values { // FIX: drain the rest so the producer can finish and close
		skipped++
	}
	fmt.Println("skipped", skipped)

	time.Sleep(50 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
