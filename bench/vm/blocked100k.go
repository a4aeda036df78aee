// 100,000 goroutines, each blocked forever on a receive from its own channel.
package main

import (
	"fmt"
	"runtime"
)

func main() {
	n := 100000
	for i := 0; i < n; i++ {
		ch := make(chan int)
		go func() { <-ch }()
	}
	runtime.Gosched()
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
