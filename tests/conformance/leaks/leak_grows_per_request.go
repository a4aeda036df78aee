// args: -requests=6
// A leak per request: the goroutine count grows linearly with the number of requests served.
package main

import (
	"flag"
	"fmt"
	"runtime"
	"time"
)

func handle(id int) int {
	results := make(chan int)
	go func() { results <- id * 2 }()
	go func() { results <- id * 3 }() // the loser of the race leaks
	return <-results
}

func main() {
	n := flag.Int("requests", 3, "requests")
	flag.Parse()
	for i := 1; i <= *n; i++ {
		handle(i)
	}
	time.Sleep(30 * time.Millisecond)
	fmt.Println("requests:", *n, "leaked:", runtime.NumGoroutine()-1)
}
