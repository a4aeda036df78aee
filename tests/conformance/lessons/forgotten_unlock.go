package main

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"
)

// A forgotten Unlock on an early return: the next caller blocks forever, and so does everyone
// after it. TryLock shows the mutex is still held; the fix is `defer mu.Unlock()`.
type Inventory struct {
	mu    sync.Mutex
	stock map[string]int
}

var ErrOutOfStock = errors.New("out of stock")

func (inv *Inventory) TakeBuggy(item string) error {
	inv.mu.Lock()
	if inv.stock[item] == 0 {
		return ErrOutOfStock // the bug: returns with the lock held
	}
	inv.stock[item]--
	inv.mu.Unlock()
	return nil
}

func (inv *Inventory) Take(item string) error {
	inv.mu.Lock()
	defer inv.mu.Unlock()
	if inv.stock[item] == 0 {
		return ErrOutOfStock
	}
	inv.stock[item]--
	return nil
}

func run(label string, take func(*Inventory, string) error) {
	inv := &Inventory{stock: map[string]int{"apple": 1, "pear": 5}}
	before := runtime.NumGoroutine()
	results := make(chan string, 10)
	for _, item := range []string{"apple", "apple", "pear", "pear", "pear"} {
		go func(item string) {
			err := take(inv, item)
			results <- fmt.Sprintf("%s: %v", item, err)
		}(item)
		time.Sleep(5 * time.Millisecond) // one at a time, so the order is fixed
	}
	time.Sleep(20 * time.Millisecond)
	fmt.Printf("%s: %d finished, %d stuck, lock free: %v\n", label, len(results), runtime.NumGoroutine()-before, inv.mu.TryLock())
	close(results)
	for r := range results {
		fmt.Println("  ", r)
	}
}

func main() {
	run("buggy", (*Inventory).TakeBuggy)
	run("fixed", (*Inventory).Take)
}
