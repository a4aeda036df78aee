// stack: full
package main

import (
	"fmt"
	"runtime"
)

func main() {
	ch := make(chan int)
	go func() {
		<-ch
	}()
	defer func() {
		fmt.Println("recover:", recover())
	}()
	runtime.Goexit()
}
