// Direction errors: sending on a receive-only channel and receiving from a send-only channel.
package main

func main() {
	var in <-chan int = make(chan int)
	var out chan<- int = make(chan int)
	in <- 1
	v := <-out
	_ = v
}
