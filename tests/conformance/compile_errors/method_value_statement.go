// Forgetting the parentheses: a method value or function as a statement is "not used".
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	mu.Lock
	mu.Unlock()
	var wg sync.WaitGroup
	wg.Wait
	fmt.Println
	t := time.NewTimer(time.Second)
	t.Stop
	time.Now
}
