// exit: 2
// Receiving from a nil channel blocks forever: "goroutine 1 [chan receive (nil chan)]:".
package main

func main() {
	var ch chan int
	<-ch
}
