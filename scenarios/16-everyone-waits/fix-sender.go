// Everyone waits, fixed: the missing sender. One constant says how many workers
// there are, and both loops use it, so every receive has its send.
package main

import (
	"fmt"
	"runtime"
	"time"
)

const workers = 4

func square(n int, results chan<- int) {
	results <- n * n
}

func main() {
	results := make(chan int)
	for n := 1; n <= workers; n++ { // FIX: the fourth sender
		go square(n, results)
	}

	sum := 0
	for i := 1; i <= workers; i++ {
		sum += <-results
		fmt.Println("results so far:", i)
	}
	fmt.Println("sum of squares:", sum)
	time.Sleep(10 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
