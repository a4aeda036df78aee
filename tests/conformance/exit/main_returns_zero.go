// Returning from main exits with status 0 even while other goroutines are blocked.
package main

import "fmt"

func main() {
	block := make(chan int)
	for i := 0; i < 3; i++ {
		go func() { <-block }()
	}
	fmt.Println("main returns")
}
