// A select where every channel is nil, plus a timeout, waits for the timeout; a nil send case never runs.
package main

import (
	"fmt"
	"time"
)

func main() {
	var in chan int
	var out chan string
	select {
	case v := <-in:
		fmt.Println("received", v)
	case out <- "x":
		fmt.Println("sent")
	case <-time.After(30 * time.Millisecond):
		fmt.Println("only the timer can fire")
	}
	select {
	case <-in:
	default:
		fmt.Println("nil receive is never ready")
	}
}
