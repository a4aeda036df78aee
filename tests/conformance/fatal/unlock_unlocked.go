// exit: 2
// Unlocking an unlocked mutex is a fatal error, not a panic: no deferred calls run and recover cannot
// stop it.
package main

import (
	"fmt"
	"sync"
)

func main() {
	defer fmt.Println("deferred (not printed)")
	defer func() {
		fmt.Println("recover (not reached):", recover())
	}()
	var mu sync.Mutex
	mu.Lock()
	mu.Unlock()
	fmt.Println("unlocking again")
	mu.Unlock()
}
