package main

import (
	"fmt"
	"runtime"
)

// The daisy chain of "Go Concurrency Patterns": ten thousand gophers whispering a number
// along a chain of unbuffered channels, each adding one.
func whisper(left, right chan int) {
	left <- 1 + <-right
}

func main() {
	const n = 10000
	leftmost := make(chan int)
	right := leftmost
	left := leftmost
	for i := 0; i < n; i++ {
		right = make(chan int)
		go whisper(left, right)
		left = right
	}
	fmt.Println("goroutines waiting:", runtime.NumGoroutine()-1)
	go func(c chan int) { c <- 1 }(right)
	fmt.Println(<-leftmost)

	// The same chain built recursively with a result channel per link.
	var chain func(depth int, in <-chan string) <-chan string
	chain = func(depth int, in <-chan string) <-chan string {
		if depth == 0 {
			return in
		}
		out := make(chan string)
		go func() {
			s := <-in
			if depth%250 == 0 {
				s += "."
			}
			out <- s
		}()
		return chain(depth-1, out)
	}
	src := make(chan string, 1)
	src <- "msg"
	fmt.Println(<-chain(1000, src))
}
