// NumGoroutine counts main plus every goroutine that has started and not returned, blocked or not.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func main() {
	fmt.Println("start:", runtime.NumGoroutine())
	block := make(chan struct{})
	for i := 0; i < 10; i++ {
		go func() { <-block }()
	}
	fmt.Println("right after go statements:", runtime.NumGoroutine())
	time.Sleep(50 * time.Millisecond)
	fmt.Println("blocked:", runtime.NumGoroutine())
	close(block)
	time.Sleep(50 * time.Millisecond)
	fmt.Println("released:", runtime.NumGoroutine())
}
