// pingpong: two goroutines bounce an int over a pair of unbuffered channels; one round trip is a
// send and a receive in each direction. Prints: BENCH pingpong <ns> ns/roundtrip
package main

import (
	"flag"
	"fmt"
	"time"
)

func main() {
	n := flag.Int("n", 1000000, "round trips")
	flag.Parse()
	ping := make(chan int)
	pong := make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
	}()
	start := time.Now()
	v := 0
	for i := 0; i < *n; i++ {
		ping <- v
		v = <-pong
	}
	elapsed := time.Since(start)
	close(ping)
	if v != *n {
		panic("lost a round trip")
	}
	fmt.Printf("BENCH pingpong %.1f ns/roundtrip\n", float64(elapsed.Nanoseconds())/float64(*n))
}
