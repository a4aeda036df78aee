// exit: 2
// Waiting on a WaitGroup that nobody will mark done: "[semacquire]" as well.
package main

import (
	"fmt"
	"sync"
)

func main() {
	var wg sync.WaitGroup
	wg.Add(2)
	go func() { wg.Done() }()
	wg.Wait()
	fmt.Println("not printed")
}
