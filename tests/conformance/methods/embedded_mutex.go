// An embedded sync.Mutex: Lock and Unlock are promoted, so the struct itself is the lock.
package main

import (
	"fmt"
	"sync"
)

type safeCounter struct {
	sync.Mutex
	counts map[string]int
}

func (s *safeCounter) add(key string) {
	s.Lock()
	defer s.Unlock()
	s.counts[key]++
}

func main() {
	s := safeCounter{counts: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i%2 == 0 {
				s.add("even")
			} else {
				s.add("odd")
			}
		}(i)
	}
	wg.Wait()
	s.Lock()
	fmt.Println(s.counts)
	s.Unlock()
}
