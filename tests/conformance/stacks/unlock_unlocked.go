// stack: full
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() {
	c.n++
	c.mu.Unlock()
}

func main() {
	c := &Counter{}
	fmt.Println("inc")
	c.Inc()
}
