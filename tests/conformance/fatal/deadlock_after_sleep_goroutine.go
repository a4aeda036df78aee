// exit: 2
// A goroutine sleeping is not asleep forever: the deadlock is reported only after it finishes.
package main

import (
	"fmt"
	"time"
)

func main() {
	ch := make(chan int)
	go func() {
		time.Sleep(50 * time.Millisecond)
		fmt.Println("sleeper done, sends nothing")
	}()
	<-ch
}
