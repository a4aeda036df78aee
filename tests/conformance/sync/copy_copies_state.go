package main

import (
	"fmt"
	"sync"
)

type Account struct {
	mu      sync.Mutex
	balance int
}

type Registry struct {
	mu    sync.RWMutex
	names []string
}

type Job struct {
	wg   sync.WaitGroup
	once sync.Once
}

func main() {
	// A copy of a locked Mutex is locked, and separate from the original.
	var a Account
	a.mu.Lock()
	b := a
	fmt.Println("copy of locked can lock:", b.mu.TryLock())
	a.mu.Unlock()
	fmt.Println("original after unlock:", a.mu.TryLock())
	fmt.Println("copy still locked:", b.mu.TryLock())
	b.mu.Unlock()
	fmt.Println("copy after its unlock:", b.mu.TryLock())

	// A copy of an unlocked Mutex does not share later locking.
	var c Account
	d := c
	c.mu.Lock()
	fmt.Println("copy of unlocked is free:", d.mu.TryLock())

	// RWMutex: readers and writers are copied too.
	var r Registry
	r.mu.RLock()
	r2 := r
	fmt.Println("copy of read-locked: write", r2.mu.TryLock(), "read", r2.mu.TryRLock())
	r.mu.RUnlock()
	fmt.Println("original free:", r.mu.TryLock())
	r3 := r
	fmt.Println("copy of write-locked: read", r3.mu.TryRLock())

	// A copied Once that already ran does not run again.
	var j Job
	j.once.Do(func() { fmt.Println("once in original") })
	k := j
	k.once.Do(func() { fmt.Println("never: copy of a done Once") })
	var fresh Job
	l := fresh
	fresh.once.Do(func() { fmt.Println("once in fresh") })
	l.once.Do(func() { fmt.Println("once in copy of a fresh Once") })

	// Accounts in a slice are separate values: each locks on its own.
	accounts := make([]Account, 3)
	for i := range accounts {
		accounts[i].mu.Lock()
		accounts[i].balance = 10 * i
	}
	for i := range accounts {
		fmt.Println(i, accounts[i].balance, accounts[i].mu.TryLock())
		accounts[i].mu.Unlock()
	}
}
