// buffered: one producer sends n ints through a channel with a buffer of 128 to one consumer.
// Prints: BENCH buffered <items> items/s
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
	start := time.Now()
	go func() {
		for i := 0; i < *n; i++ {
			ch <- i
		}
		close(ch)
	}()
	count := 0
	for range ch {
		count++
	}
	elapsed := time.Since(start)
	if count != *n {
		panic("lost items")
	}
	fmt.Printf("BENCH buffered %.0f items/s\n", float64(*n)/elapsed.Seconds())
}
