package main

// stack: full

import "fmt"

// The first deadlock every Go learner meets: sending on an unbuffered channel with no other
// goroutine to receive. A buffer of one (or a receiving goroutine) fixes it; here the buffered
// version runs first, then the unbuffered one deadlocks inside a helper function.
func fill(ch chan string, words ...string) {
	for _, w := range words {
		ch <- w
	}
}

func main() {
	buffered := make(chan string, 2)
	fill(buffered, "hello", "world")
	fmt.Println(<-buffered, <-buffered)

	go func() {
		unbufferedHelper := make(chan string)
		go fill(unbufferedHelper, "with", "a receiver")
		fmt.Println(<-unbufferedHelper, <-unbufferedHelper)
	}()

	ch := make(chan string)
	fill(ch, "nobody", "listens")
	fmt.Println(<-ch)
}
