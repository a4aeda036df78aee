// Peer of goroscope-bench-runtime's select4: each iteration sends on one of four channels (cap 1),
// chosen by a seeded generator, then a 4-case select receives it; prints ns per iteration.
package main

import (
	"flag"
	"fmt"
	"math/rand"
	"time"
)

func main() {
	n := flag.Int("n", 2000000, "selects")
	flag.Parse()
	var c [4]chan int
	for i := range c {
		c[i] = make(chan int, 1)
	}
	rng := rand.New(rand.NewSource(1))
	t0 := time.Now()
	for i := 0; i < *n; i++ {
		c[rng.Intn(4)] <- i
		select {
		case <-c[0]:
		case <-c[1]:
		case <-c[2]:
		case <-c[3]:
		}
	}
	fmt.Printf("BENCH select4 %.2f ns/select\n", float64(time.Since(t0).Nanoseconds())/float64(*n))
}
