// exit: 2
// RUnlock without RLock is fatal too: "sync: RUnlock of unlocked RWMutex".
package main

import (
	"fmt"
	"sync"
)

func main() {
	var rw sync.RWMutex
	fmt.Println("about to RUnlock")
	rw.RUnlock()
}
