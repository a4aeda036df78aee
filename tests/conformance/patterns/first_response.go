// First response wins: query replicas concurrently, take the fastest; a buffered channel lets the
// slower replicas finish without leaking.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func query(replicas []time.Duration) string {
	c := make(chan string, len(replicas))
	for i, d := range replicas {
		go func(i int, d time.Duration) {
			time.Sleep(d)
			c <- fmt.Sprintf("replica %d (%v)", i, d)
		}(i, d)
	}
	return <-c
}

func main() {
	fmt.Println(query([]time.Duration{60 * time.Millisecond, 10 * time.Millisecond, 40 * time.Millisecond}))
	time.Sleep(100 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
