// exit: 2
// Closing a channel twice panics: "close of closed channel".
package main

import "fmt"

func main() {
	ch := make(chan int)
	close(ch)
	defer fmt.Println("defer runs")
	close(ch)
}
