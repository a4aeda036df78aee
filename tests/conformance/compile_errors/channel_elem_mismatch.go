// Channel element types must match: sends, receives into typed variables, directional parameters.
package main

func produce(out chan<- int) { out <- 1 }

func consume(in <-chan string) {}

func main() {
	ch := make(chan int, 1)
	ch <- "one"
	var s string = <-ch
	produce(ch)
	consume(ch)
	var ro <-chan int = ch
	var so chan<- int = ro
	_, _ = s, so
}
