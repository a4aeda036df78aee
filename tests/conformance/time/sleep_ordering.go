// Goroutines that sleep for different durations wake in order of their deadlines.
package main

import (
	"fmt"
	"time"
)

func main() {
	out := make(chan string)
	for _, ms := range []int{90, 30, 60} {
		go func(ms int) {
			time.Sleep(time.Duration(ms) * time.Millisecond)
			out <- fmt.Sprint("woke after ", ms, "ms")
		}(ms)
	}
	for i := 0; i < 3; i++ {
		fmt.Println(<-out)
	}
	start := time.Now()
	time.Sleep(0)
	time.Sleep(-5 * time.Second)
	fmt.Println("zero and negative sleeps return at once:", time.Since(start) < 50*time.Millisecond)
}
