// math/rand with fixed seeds: rand.New(rand.NewSource(1)) and the global source after rand.Seed(1)
// give the same sequence, Go's exact numbers.
package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 5; i++ {
		fmt.Print(r.Intn(100), " ")
	}
	fmt.Println()
	fmt.Println(r.Int63(), r.Int31n(10), r.Float64())
	fmt.Println(r.Perm(5))

	rand.Seed(1)
	for i := 0; i < 5; i++ {
		fmt.Print(rand.Intn(100), " ")
	}
	fmt.Println()
	fmt.Println(rand.Int63(), rand.Int31n(10), rand.Float64())

	r42 := rand.New(rand.NewSource(42))
	fmt.Println(r42.Intn(1000), r42.Intn(1000), r42.Int())
	s := []string{"a", "b", "c", "d"}
	r42.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
}
