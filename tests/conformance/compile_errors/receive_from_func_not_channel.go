// time.After and a generator function must be called to get their channel.
package main

import (
	"fmt"
	"time"
)

func numbers() <-chan int {
	ch := make(chan int, 1)
	ch <- 1
	return ch
}

func main() {
	select {
	case <-time.After:
	case v := <-numbers:
		fmt.Println(v)
	}
	for n := range numbers {
		fmt.Println(n)
	}
	x := <-numbers()
	fmt.Println(x)
}
