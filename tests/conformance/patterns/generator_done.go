// A generator with a done channel: the consumer takes what it needs, then closes done so the
// generator returns instead of leaking.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func fib(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		a, b := 0, 1
		for {
			select {
			case out <- a:
				a, b = b, a+b
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	f := fib(done)
	for i := 0; i < 10; i++ {
		fmt.Print(<-f, " ")
	}
	fmt.Println()
	close(done)
	time.Sleep(20 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
