// close needs a channel that can be sent on; a receive-only channel cannot be closed.
package main

func consume(in <-chan int) {
	close(in)
}

func main() {
	ch := make(chan int)
	go consume(ch)
	n := 3
	close(n)
	var out chan<- int = ch
	for v := range out {
		_ = v
	}
}
