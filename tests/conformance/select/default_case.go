// select with default never blocks: non-blocking send and receive, and a default-only select.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	select {
	case v := <-ch:
		fmt.Println("received", v)
	default:
		fmt.Println("nothing ready")
	}
	select {
	case ch <- 1:
		fmt.Println("sent 1")
	default:
		fmt.Println("full")
	}
	select {
	case ch <- 2:
		fmt.Println("sent 2")
	default:
		fmt.Println("full")
	}
	select {
	default:
		fmt.Println("default-only select")
	}
	select {
	case v, ok := <-ch:
		fmt.Println(v, ok)
	default:
	}
}
