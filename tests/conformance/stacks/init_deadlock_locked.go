// stack: full
package main

import (
	"fmt"
	"sync"
)

// A deadlock while packages initialise (a variable's initialiser waits forever): Go's main
// goroutine is locked to its thread during initialisation and its dump header says so
// ("[semacquire, locked to thread]"); a goroutine the initialiser started is not locked.
var never = make(chan bool)

var config = load()

func load() string {
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		<-never
	}()
	wg.Wait()
	return "loaded"
}

func main() {
	fmt.Println(config)
}
