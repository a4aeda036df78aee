package main

import (
	"fmt"
	"sort"
	"sync"
)

// "Go Concurrency Patterns: Pipelines and cancellation" (the Go blog): gen -> sq (fanned out to two
// workers) -> merge, with explicit cancellation through a done channel when the consumer only
// wants part of the output.
func gen(done <-chan struct{}, nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func sq(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- n * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func merge(done <-chan struct{}, cs ...<-chan int) <-chan int {
	var wg sync.WaitGroup
	out := make(chan int)
	output := func(c <-chan int) {
		defer wg.Done()
		for n := range c {
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}
	wg.Add(len(cs))
	for _, c := range cs {
		go output(c)
	}
	go func() {
		wg.Wait()
		close(out)
	}()
	return out
}

func main() {
	// Set up the pipeline and consume all of it.
	done := make(chan struct{})
	in := gen(done, 1, 2, 3, 4, 5, 6)
	var all []int
	for n := range merge(done, sq(done, in), sq(done, in)) {
		all = append(all, n)
	}
	close(done)
	sort.Ints(all)
	fmt.Println("all squares:", all)

	// Consume only one value, then tell the upstream stages to stop.
	done = make(chan struct{})
	in = gen(done, 2, 3, 4, 5)
	out := merge(done, sq(done, in), sq(done, in))
	first := <-out
	fmt.Println("first is a square:", first == 4 || first == 9 || first == 16 || first == 25)
	close(done)
	rest := 0
	for range out {
		rest++
	}
	fmt.Println("stopped early, drained at most", rest <= 3)

	var sum func(nums ...int) int
	sum = func(nums ...int) int {
		if len(nums) == 0 {
			return 0
		}
		return nums[0] + sum(nums[1:]...)
	}
	fmt.Println("sum:", sum(all...))
}
