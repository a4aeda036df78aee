// exit: 2
// Sending to a nil channel blocks forever: "goroutine 1 [chan send (nil chan)]:".
package main

func main() {
	var ch chan int
	ch <- 1
}
