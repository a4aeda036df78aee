package main

import (
	"errors"
	"fmt"
	"runtime"
	"time"
)

// The forgotten sender: a function starts a goroutine to compute a result, returns early on an
// error, and nobody ever receives — the goroutine blocks on its send forever. The fix: a buffer
// of one, so the send always completes.
func slowSquare(n int) int {
	time.Sleep(20 * time.Millisecond)
	return n * n
}

func leaky(n int) (int, error) {
	ch := make(chan int)
	go func() { ch <- slowSquare(n) }()
	if n < 0 {
		return 0, errors.New("negative input") // the goroutine above is now stuck forever
	}
	return <-ch, nil
}

func fixed(n int) (int, error) {
	ch := make(chan int, 1)
	go func() { ch <- slowSquare(n) }()
	if n < 0 {
		return 0, errors.New("negative input")
	}
	return <-ch, nil
}

func count(label string, f func(int) (int, error)) {
	before := runtime.NumGoroutine()
	for _, n := range []int{3, -1, 4, -2, -3} {
		v, err := f(n)
		if err != nil {
			fmt.Printf("  %s(%d): %v\n", label, n, err)
			continue
		}
		fmt.Printf("  %s(%d) = %d\n", label, n, v)
	}
	time.Sleep(100 * time.Millisecond) // every sleeper has finished its work by now
	fmt.Printf("%s: %d goroutine(s) left behind\n", label, runtime.NumGoroutine()-before)
}

func main() {
	count("leaky", leaky)
	count("fixed", fixed)
}
