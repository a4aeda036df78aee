// Goroutines started in a loop get the loop value as an argument (no dependence on loop variable
// semantics); results are collected by index so output order is fixed.
package main

import (
	"fmt"
	"sync"
)

func main() {
	results := make([]int, 5)
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			results[i] = i * i
		}(i)
	}
	wg.Wait()
	fmt.Println(results)

	words := []string{"a", "b", "c"}
	out := make(chan string, len(words))
	for _, w := range words {
		w := w
		go func() { out <- w + w }()
	}
	got := map[string]bool{}
	for range words {
		got[<-out] = true
	}
	fmt.Println(got)
}
