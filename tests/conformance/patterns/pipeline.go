// A three-stage pipeline: generate -> square -> sum, each stage closing its output when done.
package main

import "fmt"

func generate(nums ...int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, n := range nums {
			out <- n
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			out <- n * n
		}
	}()
	return out
}

func main() {
	for v := range square(square(generate(1, 2, 3))) {
		fmt.Println(v)
	}
	total := 0
	for v := range square(generate(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)) {
		total += v
	}
	fmt.Println("sum of squares:", total)
}
