// Buffered channels: len counts queued values, cap is the buffer size, FIFO order, and sends block
// only when the buffer is full.
package main

import "fmt"

func main() {
	ch := make(chan string, 3)
	fmt.Println(len(ch), cap(ch))
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	fmt.Println(<-ch)
	ch <- "c"
	ch <- "d"
	fmt.Println(len(ch))
	select {
	case ch <- "e":
		fmt.Println("sent e")
	default:
		fmt.Println("buffer full")
	}
	for len(ch) > 0 {
		fmt.Print(<-ch, " ")
	}
	fmt.Println()
	var nilCh chan int
	fmt.Println(len(nilCh), cap(nilCh))
}
