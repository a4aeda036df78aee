// runtime.Gosched yields the processor so another goroutine can run; NumCPU and GOMAXPROCS are at
// least 1 (their values depend on the machine, so only that is printed).
package main

import (
	"fmt"
	"runtime"
	"sync"
)

func main() {
	var mu sync.Mutex
	ready := false
	go func() {
		mu.Lock()
		ready = true
		mu.Unlock()
	}()
	for {
		mu.Lock()
		r := ready
		mu.Unlock()
		if r {
			break
		}
		runtime.Gosched()
	}
	fmt.Println("the other goroutine ran")
	fmt.Println(runtime.NumCPU() >= 1, runtime.GOMAXPROCS(0) >= 1)
}
