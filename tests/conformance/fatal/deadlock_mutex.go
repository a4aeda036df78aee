// exit: 2
// Locking a mutex twice in one goroutine deadlocks; Go 1.19 shows the wait as "[semacquire]".
package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	mu.Lock()
	fmt.Println("locked once")
	mu.Lock()
}
