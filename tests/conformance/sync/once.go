// sync.Once runs its function exactly once, even when called from many goroutines; later calls wait
// for the first to finish.
package main

import (
	"fmt"
	"sync"
)

var (
	once   sync.Once
	config map[string]string
	calls  int
)

func load() {
	calls++
	config = map[string]string{"mode": "fast"}
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			once.Do(load)
			_ = config["mode"]
		}()
	}
	wg.Wait()
	once.Do(func() { fmt.Println("never runs") })
	fmt.Println(calls, config)
}
