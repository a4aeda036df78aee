package main

// stack: full

import (
	"fmt"
	"sync"
	"time"
)

// Two transfers lock the same two accounts in opposite orders: each holds one lock and waits
// for the other. The fix (shown first) is a global order: always lock the lower id first.
type Account struct {
	id      int
	mu      sync.Mutex
	balance int
}

func transferOrdered(from, to *Account, amount int, wg *sync.WaitGroup) {
	defer wg.Done()
	first, second := from, to
	if to.id < from.id {
		first, second = to, from
	}
	first.mu.Lock()
	defer first.mu.Unlock()
	time.Sleep(10 * time.Millisecond)
	second.mu.Lock()
	defer second.mu.Unlock()
	from.balance -= amount
	to.balance += amount
}

func transferNaive(from, to *Account, amount int, wg *sync.WaitGroup) {
	defer wg.Done()
	from.mu.Lock()
	defer from.mu.Unlock()
	time.Sleep(10 * time.Millisecond) // long enough for the other transfer to take its first lock
	to.mu.Lock()
	defer to.mu.Unlock()
	from.balance -= amount
	to.balance += amount
}

func main() {
	a, b := &Account{id: 1, balance: 100}, &Account{id: 2, balance: 100}
	var wg sync.WaitGroup
	wg.Add(2)
	go transferOrdered(a, b, 30, &wg)
	go transferOrdered(b, a, 10, &wg)
	wg.Wait()
	fmt.Println("ordered locking:", a.balance, b.balance)

	wg.Add(2)
	go transferNaive(a, b, 30, &wg)
	go transferNaive(b, a, 10, &wg)
	wg.Wait()
	fmt.Println("never printed")
}
