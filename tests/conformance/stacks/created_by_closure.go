// stack: full
package main

import (
	"fmt"
	"time"
)

func stage(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v * 2
	}
}

func main() {
	in := make(chan int)
	out := make(chan int)
	go func() {
		go stage(in, out)
		in <- 1
	}()
	time.Sleep(20 * time.Millisecond)
	fmt.Println("waiting")
	var done chan bool
	<-done
}
