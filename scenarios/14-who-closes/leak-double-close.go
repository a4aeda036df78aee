// Many producers, who closes? Here every producer closes the shared channel
// when it is finished (main pitches in as producer 2). The first close ends the
// consumer's range; the second one panics: close of closed channel.
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
	time.Sleep(time.Duration(id) * 20 * time.Millisecond) // some cleanup first
	close(out)                                            // BUG: panics in the second producer to get here
}

func consume(in <-chan int) {
	count := 0
	for range in { // ends at the first close
		count++
	}
	fmt.Println("received", count, "values")
}

func main() {
	values := make(chan int)
	go produce(1, values)
	go produce(3, values)
	go consume(values)
	produce(2, values) // main closes second, at 40ms, and the program dies here

	time.Sleep(100 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
