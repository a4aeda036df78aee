// Passing an argument of the wrong type to a function and to a channel send.
package main

import (
	"fmt"
	"time"
)

func greet(name string, times int) {
	fmt.Println(name, times)
}

func main() {
	n := 3
	greet(n, "x")
	ch := make(chan string, 1)
	ch <- n
	time.Sleep(n)
}
