// exit: 2
// A panic in a goroutine ends the whole program with exit 2; the goroutine's defers run, main's do not.
package main

import (
	"fmt"
	"time"
)

func main() {
	defer fmt.Println("main's defer (not printed)")
	go func() {
		defer fmt.Println("goroutine's defer runs")
		panic("boom in goroutine")
	}()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
