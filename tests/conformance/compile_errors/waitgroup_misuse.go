// sync mistakes the compiler catches: missing arguments, methods not called, unexported names.
package main

import "sync"

func main() {
	var wg sync.WaitGroup
	wg.Add()
	wg.Done
	defer wg.Wait
	wg.wait()
	var mu sync.Mutex
	mu.Unlock
	_ = wg.counter
}
