// A pipeline whose stages report errors on a separate channel; the first error cancels the
// rest through a done channel, and every goroutine exits (counted with NumGoroutine).
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strconv"
	"time"
)

func parse(done <-chan struct{}, in []string) (<-chan int, <-chan error) {
	out := make(chan int)
	errc := make(chan error, 1)
	go func() {
		defer close(out)
		for _, s := range in {
			n, err := strconv.Atoi(s)
			if err != nil {
				errc <- fmt.Errorf("parse stage: %w", err)
				return
			}
			select {
			case out <- n:
			case <-done:
				return
			}
		}
	}()
	return out, errc
}

func double(done <-chan struct{}, in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for n := range in {
			select {
			case out <- 2 * n:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	nums, errc := parse(done, []string{"1", "2", "x3", "4"})
	for v := range double(done, nums) {
		fmt.Println("value", v)
	}
	close(done)
	if err := <-errc; err != nil {
		var ne *strconv.NumError
		fmt.Println("error:", err, errors.As(err, &ne))
	}
	time.Sleep(20 * time.Millisecond)
	fmt.Println("goroutines left:", runtime.NumGoroutine())
}
