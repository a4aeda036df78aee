// An unbuffered pipeline of 4 stages moving 1,000,000 values.
package main

import "fmt"

func stage(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v + 1
	}
	close(out)
}

func main() {
	n := 1000000
	src := make(chan int)
	a, b, c, d := make(chan int), make(chan int), make(chan int), make(chan int)
	go stage(src, a)
	go stage(a, b)
	go stage(b, c)
	go stage(c, d)
	go func() {
		for i := 0; i < n; i++ {
			src <- i
		}
		close(src)
	}()
	sum := 0
	for v := range d {
		sum += v
	}
	fmt.Println("sum:", sum)
}
