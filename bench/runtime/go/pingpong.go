// Peer of goroscope-bench-runtime's pingpong: two goroutines bounce a value over unbuffered
// channels; prints ns per round trip.
package main

import (
	"flag"
	"fmt"
	"time"
)

func main() {
	n := flag.Int("n", 1000000, "round trips")
	flag.Parse()
	ping, pong := make(chan int), make(chan int)
	go func() {
		for i := 0; i < *n; i++ {
			pong <- <-ping
		}
	}()
	t0 := time.Now()
	for i := 0; i < *n; i++ {
		ping <- i
		<-pong
	}
	fmt.Printf("BENCH pingpong %.2f ns/roundtrip\n", float64(time.Since(t0).Nanoseconds())/float64(*n))
}
