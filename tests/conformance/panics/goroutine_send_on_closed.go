// exit: 2
// A send on a closed channel in a worker goroutine: the worker's defers run, then the whole program
// exits with status 2 while main is blocked (main's defers do not run). (Main must not wait on a
// WaitGroup the worker marks in a defer: that defer runs during the panic and would release main.)
package main

import "fmt"

func main() {
	defer fmt.Println("main's defer (not printed)")
	results := make(chan int, 1)
	close(results)
	never := make(chan struct{})
	go func() {
		defer fmt.Println("worker's defer runs")
		results <- 1
		close(never)
	}()
	<-never
	fmt.Println("not reached")
}
