// exit: 2
// Deadlock with other goroutines also blocked: the dump still starts with goroutine 1 (main).
package main

import "fmt"

func main() {
	a := make(chan int)
	b := make(chan int)
	for i := 0; i < 3; i++ {
		go func() { a <- <-b }()
	}
	fmt.Println("main waits for a")
	<-a
}
