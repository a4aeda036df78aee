// Directional channel types: a chan T converts implicitly to chan<- T and <-chan T.
package main

import "fmt"

func produce(out chan<- int) {
	for i := 1; i <= 3; i++ {
		out <- i
	}
	close(out)
}

func consume(in <-chan int) int {
	sum := 0
	for v := range in {
		sum += v
	}
	return sum
}

func main() {
	ch := make(chan int, 3)
	produce(ch)
	fmt.Println(consume(ch))

	var send chan<- string = make(chan string, 1)
	var recv <-chan string
	fmt.Printf("%T %T %v\n", send, recv, recv == nil)
	chans := []chan int{make(chan int, 1), make(chan int, 1)}
	chans[1] <- 5
	fmt.Println(len(chans[0]), len(chans[1]), cap(chans[1]))
}
