// math/rand's NormFloat64 and ExpFloat64 draw the same values as Go's for a seed (the ziggurat's
// strips, its rejection steps and both tails): simulated latencies in lessons use them.
package main

import (
	"fmt"
	"math/rand"
	"time"
)

func main() {
	r := rand.New(rand.NewSource(2024))
	var sumN, sumE, maxE float64
	tail := 0
	for i := 0; i < 200000; i++ {
		n, e := r.NormFloat64(), r.ExpFloat64()
		sumN += n
		sumE += e
		if e > maxE {
			maxE = e
		}
		if n > 3.442619855899 || n < -3.442619855899 {
			tail++
		}
	}
	fmt.Println(sumN, sumE, maxE, tail)
	rand.Seed(11)
	for i := 0; i < 5; i++ {
		latency := time.Duration(50+10*rand.NormFloat64()) * time.Millisecond
		wait := time.Duration(rand.ExpFloat64()*100) * time.Millisecond
		fmt.Println(latency, wait)
	}
}
