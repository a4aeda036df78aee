// exit: 2
// A send to a full buffered channel with no receiver deadlocks too.
package main

import "fmt"

func main() {
	ch := make(chan int, 2)
	for i := 0; i < 3; i++ {
		ch <- i
		fmt.Println("sent", i, "len", len(ch))
	}
}
