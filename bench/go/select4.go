// select4: each iteration puts a value in one of four channels (capacity 1), chosen from a sequence
// precomputed with a fixed seed, then a 4-case select receives it; one case is ready, picked at random.
// The time covers the buffered send and the select. Prints: BENCH select4 <ns> ns/select
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
	chans := [4]chan int{make(chan int, 1), make(chan int, 1), make(chan int, 1), make(chan int, 1)}
	rng := rand.New(rand.NewSource(1))
	order := make([]uint8, *n)
	for i := range order {
		order[i] = uint8(rng.Intn(4))
	}
	hits := [4]int{}
	start := time.Now()
	for i := 0; i < *n; i++ {
		chans[order[i]] <- i
		select {
		case <-chans[0]:
			hits[0]++
		case <-chans[1]:
			hits[1]++
		case <-chans[2]:
			hits[2]++
		case <-chans[3]:
			hits[3]++
		}
	}
	elapsed := time.Since(start)
	if hits[0]+hits[1]+hits[2]+hits[3] != *n {
		panic("lost a select")
	}
	fmt.Printf("BENCH select4 %.1f ns/select\n", float64(elapsed.Nanoseconds())/float64(*n))
}
