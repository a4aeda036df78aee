// Returning from main ends the program at once: other goroutines stop without running their defers.
package main

import (
	"fmt"
	"time"
)

func main() {
	started := make(chan bool)
	go func() {
		defer fmt.Println("goroutine defer (never printed)")
		started <- true
		time.Sleep(time.Hour)
	}()
	<-started
	defer fmt.Println("main's defer runs")
	fmt.Println("main returns")
}
