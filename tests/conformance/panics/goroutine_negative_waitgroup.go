// exit: 2
// A goroutine calling Done once too often panics with "sync: negative WaitGroup counter".
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		wg.Done()
		wg.Done()
	}()
	time.Sleep(time.Second)
	fmt.Println("not reached")
}
