// Retry loop, fixed: each attempt's result channel has room for one value, so
// a late answer is dropped into the buffer and the attempt's goroutine returns.
package main

import (
	"errors"
	"flag"
	"fmt"
	"runtime"
	"time"
)

const (
	backendLatency = 50 * time.Millisecond // the backend is slow today
	attemptTimeout = 20 * time.Millisecond
)

func callBackend(attempt int, result chan<- string) {
	time.Sleep(backendLatency)
	result <- fmt.Sprintf("answer to attempt %d", attempt) // never waits
}

func callWithRetry(attempts int) (string, error) {
	for i := 1; i <= attempts; i++ {
		result := make(chan string, 1) // FIX: the one send always has room
		go callBackend(i, result)
		select {
		case r := <-result:
			return r, nil
		case <-time.After(attemptTimeout):
			fmt.Println("attempt", i, "timed out")
		}
	}
	return "", errors.New("all attempts failed")
}

func main() {
	attempts := flag.Int("attempts", 3, "how many times to try")
	flag.Parse()

	_, err := callWithRetry(*attempts)
	fmt.Println("result:", err)
	time.Sleep(100 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
