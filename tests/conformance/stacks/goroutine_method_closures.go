// stack: full
package main

import (
	"fmt"
	"sync"
)

type T struct{ n int }

func (t *T) Method() {
	func() {
		func() {
			panic(fmt.Sprintf("boom %d", t.n))
		}()
	}()
}

func worker(id int, wg *sync.WaitGroup) {
	defer wg.Done()
	if id == 2 {
		t := &T{id}
		t.Method()
	}
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 1; i++ {
		wg.Add(1)
		go worker(2, &wg)
	}
	wg.Wait()
}
