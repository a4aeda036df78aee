// Retry loop, fixed: each attempt gets its own context with a timeout. When an
// attempt is abandoned its context is cancelled, and the attempt's goroutine
// stops waiting for the backend and skips its send.
package main

import (
	"context"
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

func callBackend(ctx context.Context, attempt int, result chan<- string) {
	select {
	case <-time.After(backendLatency):
	case <-ctx.Done(): // FIX: the attempt was abandoned while the backend worked
		return
	}
	select {
	case result <- fmt.Sprintf("answer to attempt %d", attempt):
	case <-ctx.Done(): // FIX: nobody is listening any more
	}
}

func tryOnce(parent context.Context, i int) (string, error) {
	ctx, cancel := context.WithTimeout(parent, attemptTimeout) // FIX: a context per attempt
	defer cancel()                                             // FIX: cancelled when the attempt ends
	result := make(chan string)
	go callBackend(ctx, i, result)
	select {
	case r := <-result:
		return r, nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func callWithRetry(attempts int) (string, error) {
	for i := 1; i <= attempts; i++ {
		r, err := tryOnce(context.Background(), i)
		if err == nil {
			return r, nil
		}
		fmt.Println("attempt", i, "timed out")
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
