// Lock never released, fixed: defer Unlock right after Lock, so every return
// path (the error path included) releases the mutex.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
	"time"
)

var errInsufficient = errors.New("insufficient funds")

type account struct {
	mu      sync.Mutex
	balance int
}

func (a *account) withdraw(amount int) error {
	a.mu.Lock()
	defer a.mu.Unlock() // FIX: released on every way out of withdraw
	if amount > a.balance {
		return errInsufficient
	}
	a.balance -= amount
	return nil
}

func (a *account) current() int {
	a.mu.Lock()
	defer a.mu.Unlock()
	return a.balance
}

func main() {
	acct := &account{balance: 70}
	fmt.Println("withdraw 30:", acct.withdraw(30))
	fmt.Println("withdraw 100:", acct.withdraw(100))

	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if err := acct.withdraw(10); err != nil {
				fmt.Println("withdraw 10:", err)
			}
		}()
	}
	wg.Wait()

	fmt.Println("balance:", acct.current())
	time.Sleep(10 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
