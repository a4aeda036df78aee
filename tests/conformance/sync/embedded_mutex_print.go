// A struct with an embedded sync.Mutex: Lock/Unlock are promoted, and printing the struct
// shows the mutex's state as Go does ({0 0} unlocked, {1 0} locked); a WaitGroup prints too.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	sync.Mutex
	hits map[string]int
}

func (c *Counter) Inc(k string) {
	c.Lock()
	defer c.Unlock()
	c.hits[k]++
}

type Stats struct {
	mu sync.RWMutex
	wg sync.WaitGroup
	n  int
}

func main() {
	c := Counter{hits: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Inc([]string{"a", "b"}[i%2])
		}(i)
	}
	wg.Wait()
	fmt.Printf("%v\n%+v\n", c.hits, c)
	c.Lock()
	fmt.Println(c.Mutex)
	c.Unlock()
	var s Stats
	fmt.Printf("%+v\n", s)
	var once sync.Once
	once.Do(func() { fmt.Println("once") })
	fmt.Println(once)
}
