// A producer given a send-only channel cannot read from it, range over it, or pass it on as
// a receive-only one.
package main

func drain(in <-chan int) {}

func producer(out chan<- int) {
	out <- 1
	v := <-out
	for x := range out {
		_ = x
	}
	drain(out)
	_ = v
}

func main() {
	ch := make(chan int)
	go producer(ch)
	<-ch
}
