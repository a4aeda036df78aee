// time.After delivers one value after the duration; used as a timeout in select. It starts no goroutine.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	before := runtime.NumGoroutine()
	c := time.After(30 * time.Millisecond)
	fmt.Printf("%T %d %d\n", c, len(c), cap(c))
	fmt.Println("goroutines:", before, runtime.NumGoroutine())
	<-c
	fmt.Println("fired")

	never := make(chan int)
	select {
	case v := <-never:
		fmt.Println("got", v)
	case <-time.After(40 * time.Millisecond):
		fmt.Println("timeout")
	}
}
