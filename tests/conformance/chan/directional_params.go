// A bidirectional channel passed where chan<- or <-chan is expected; %T of each direction;
// a generator returning <-chan; cap and len through any direction.
package main

import "fmt"

func produce(out chan<- int, n int) {
	for i := 0; i < n; i++ {
		out <- i * i
	}
	close(out)
}

func consume(in <-chan int) (sum int) {
	for v := range in {
		sum += v
	}
	return
}

func gen(words ...string) <-chan string {
	out := make(chan string, len(words))
	for _, w := range words {
		out <- w
	}
	close(out)
	return out
}

func main() {
	ch := make(chan int, 5)
	var send chan<- int = ch
	var recv <-chan int = ch
	fmt.Printf("%T %T %T\n", ch, send, recv)
	go produce(ch, 5)
	fmt.Println(consume(ch))
	g := gen("a", "b", "c")
	fmt.Println(len(g), cap(g))
	for w := range g {
		fmt.Print(w, " ")
	}
	fmt.Println()
	fmt.Printf("%T %T\n", make(chan<- struct{}), make(<-chan []string))
	var nilch <-chan error
	fmt.Println(nilch == nil, len(nilch), cap(nilch))
}
