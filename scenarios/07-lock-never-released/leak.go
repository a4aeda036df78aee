// Lock never released: Withdraw returns early on an error while still holding
// the mutex. Every later Lock, in any goroutine, waits forever.
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
	a.mu.Lock() // LEAK: the goroutines below wait here for a lock nobody will release
	if amount > a.balance {
		return errInsufficient // BUG: returns with the mutex still locked
	}
	a.balance -= amount
	a.mu.Unlock()
	return nil
}

func main() {
	acct := &account{balance: 70}
	fmt.Println("withdraw 30:", acct.withdraw(30))
	fmt.Println("withdraw 100:", acct.withdraw(100))

	for i := 0; i < 3; i++ {
		go func() {
			if err := acct.withdraw(10); err != nil {
				fmt.Println("withdraw 10:", err)
			}
		}()
	}

	time.Sleep(50 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
