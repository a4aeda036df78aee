// math/rand with fixed seeds reproduces Go 1.19's sequence: Intn, Int63, Int31n, Int63n,
// Float64, Perm, Shuffle, and the global functions (seed 1 until Seed is called).
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	fmt.Println(rand.Intn(100), rand.Intn(100), rand.Int63()%1000)
	r := rand.New(rand.NewSource(42))
	for i := 0; i < 5; i++ {
		fmt.Print(r.Intn(10), " ")
	}
	fmt.Println()
	fmt.Println(r.Int31n(1000), r.Int63n(1e12), r.Int31(), r.Uint32())
	fmt.Printf("%.6f %.6f\n", r.Float64(), r.Float32())
	fmt.Println(r.Perm(8))
	words := []string{"a", "b", "c", "d", "e", "f"}
	r.Shuffle(len(words), func(i, j int) { words[i], words[j] = words[j], words[i] })
	fmt.Println(words)
	rand.Seed(7)
	fmt.Println(rand.Intn(1000), rand.Intn(1000), rand.Perm(5))
	r2 := rand.New(rand.NewSource(-3))
	fmt.Println(r2.Int(), r2.Uint64())
	r.Seed(42)
	fmt.Println(r.Intn(10), r.Intn(1<<40))
}
