// An unbuffered send completes only when a receiver takes the value: the sender is blocked until then.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	sent := make(chan bool)
	go func() {
		ch <- 42
		sent <- true
	}()
	time.Sleep(30 * time.Millisecond)
	select {
	case <-sent:
		fmt.Println("send finished without a receiver?")
	default:
		fmt.Println("sender still blocked")
	}
	fmt.Println("received", <-ch)
	<-sent
	fmt.Println("sender done", len(ch), cap(ch))
}
