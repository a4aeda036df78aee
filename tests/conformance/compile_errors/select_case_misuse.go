// select cases are sends or receives; receive-only and send-only channels keep their direction.
package main

func main() {
	in := make(<-chan int)
	out := make(chan<- int)
	n := 1
	select {
	case in <- 1:
	case v := <-out:
		_ = v
	case n:
	}
}
