// Fan-in: merge(cs...) spreads a slice of channels into a variadic merge that closes its output once
// every input is drained (WaitGroup + closer goroutine).
package main

import (
	"fmt"
	"sort"
	"sync"
)

func source(prefix string, n int) <-chan string {
	out := make(chan string)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- fmt.Sprintf("%s%d", prefix, i)
		}
	}()
	return out
}

func merge(cs ...<-chan string) <-chan string {
	out := make(chan string)
	var wg sync.WaitGroup
	wg.Add(len(cs))
	for _, c := range cs {
		go func(c <-chan string) {
			defer wg.Done()
			for v := range c {
				out <- v
			}
		}(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	cs := []<-chan string{source("a", 3), source("b", 2), source("c", 4)}
	var all []string
	for v := range merge(cs...) {
		all = append(all, v)
	}
	sort.Strings(all)
	fmt.Println(len(all), all)
}
