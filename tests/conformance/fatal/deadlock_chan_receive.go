// exit: 2
// Receiving when no goroutine can ever send: "all goroutines are asleep - deadlock!" and a goroutine
// dump headed by "goroutine 1 [chan receive]:"; deferred calls do not run.
package main

import "fmt"

func main() {
	defer fmt.Println("not printed")
	ch := make(chan int)
	fmt.Println("waiting")
	<-ch
}
