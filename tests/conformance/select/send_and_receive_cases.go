// A select with both a send and a receive case: each round exactly one proceeds.
package main

import "fmt"

func main() {
	in := make(chan int, 1)
	out := make(chan int, 1)
	in <- 5
	sent, received := 0, 0
	for i := 0; i < 2; i++ {
		select {
		case v := <-in:
			received += v
		case out <- 99:
			sent++
		}
	}
	fmt.Println(sent, received, len(in), len(out))
	// Only the send case can be ready now: in is empty, out has one free slot again after draining.
	<-out
	select {
	case v := <-in:
		fmt.Println("received", v)
	case out <- 7:
		fmt.Println("sent 7")
	}
}
