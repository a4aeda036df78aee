// exit: 2
// An unbuffered send with no receiver deadlocks: "goroutine 1 [chan send]:".
package main

import "fmt"

func main() {
	ch := make(chan string)
	ch <- "nobody listens"
	fmt.Println("not printed")
}
