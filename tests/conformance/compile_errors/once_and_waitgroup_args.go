// sync.Once.Do takes a func(): calling it, or a func with a result, is refused; WaitGroup's
// methods take their own argument counts.
package main

import "sync"

func setup() {}

func load() int { return 1 }

func main() {
	var once sync.Once
	once.Do(setup())
	once.Do(load)
	once.Do(func() error { return nil })
	var wg sync.WaitGroup
	wg.Add(1, 2)
	wg.Done(1)
	wg.Wait(true)
}
