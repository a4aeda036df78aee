// Peer of goroscope-bench-runtime's buffered: a producer sends n ints through a channel with a
// buffer of 128 to a consumer; prints items per second.
package main

import (
	"flag"
	"fmt"
	"time"
)

func main() {
	n := flag.Int("n", 10000000, "items")
	flag.Parse()
	ch := make(chan int, 128)
	t0 := time.Now()
	go func() {
		for i := 0; i < *n; i++ {
			ch <- i
		}
		close(ch)
	}()
	sum := 0
	for v := range ch {
		sum += v
	}
	secs := time.Since(t0).Seconds()
	if sum < 0 {
		fmt.Println("impossible")
	}
	fmt.Printf("BENCH buffered %.2f items/s\n", float64(*n)/secs)
}
