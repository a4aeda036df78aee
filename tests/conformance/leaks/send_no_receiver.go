// args: -n=5
// Leak: each call starts a goroutine that sends on an unbuffered channel nobody reads.
package main

import (
	"flag"
	"fmt"
	"runtime"
	"time"
)

func search(q string) string {
	ch := make(chan string)
	go func() { ch <- "result for " + q }() // blocked forever once the caller gives up
	select {
	case r := <-ch:
		return r
	case <-time.After(5 * time.Millisecond):
		return "timeout"
	}
}

func slowSearch(q string) string {
	ch := make(chan string)
	go func() {
		time.Sleep(20 * time.Millisecond)
		ch <- "result for " + q
	}()
	select {
	case r := <-ch:
		return r
	case <-time.After(5 * time.Millisecond):
		return "timeout"
	}
}

func main() {
	n := flag.Int("n", 3, "calls")
	flag.Parse()
	fmt.Println(search("fast"))
	for i := 0; i < *n; i++ {
		fmt.Println(slowSearch(fmt.Sprint("q", i)))
	}
	time.Sleep(60 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
