// A bidirectional channel converts to a directional one, never back, and the two directions
// never convert into each other.
package main

func main() {
	ch := make(chan int)
	var recv <-chan int = ch
	var send chan<- int = ch
	var back chan int = recv
	back = send
	recv = send
	send = recv
	var out chan int
	out = recv
	_, _ = back, out
}
