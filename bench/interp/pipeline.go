// An unbuffered pipeline of 4 stages moving 1,000,000 ints: source -> add 1 -> double -> sink; prints
// the sum that reaches the sink.
package main

import "fmt"

const n = 1000000

func source(out chan<- int) {
	for i := 0; i < n; i++ {
		out <- i
	}
	close(out)
}

func stage(in <-chan int, out chan<- int, f func(int) int) {
	for v := range in {
		out <- f(v)
	}
	close(out)
}

func main() {
	a, b, c := make(chan int), make(chan int), make(chan int)
	go source(a)
	go stage(a, b, func(v int) int { return v + 1 })
	go stage(b, c, func(v int) int { return v * 2 })
	sum := 0
	for v := range c {
		sum += v
	}
	fmt.Println("sum:", sum)
}
