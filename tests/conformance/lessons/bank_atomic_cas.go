package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

// A balance kept in an atomic int64: deposits are AddInt64, withdrawals a CompareAndSwap loop that
// refuses to go below zero. Many goroutines race; the books always balance.
type Account struct {
	balance   int64
	refused   int64
	retries   int64
}

func (a *Account) Deposit(n int64) { atomic.AddInt64(&a.balance, n) }

func (a *Account) Withdraw(n int64) bool {
	for {
		old := atomic.LoadInt64(&a.balance)
		if old < n {
			atomic.AddInt64(&a.refused, 1)
			return false
		}
		if atomic.CompareAndSwapInt64(&a.balance, old, old-n) {
			return true
		}
		atomic.AddInt64(&a.retries, 1) // someone changed it in between: try again
	}
}

func main() {
	acct := &Account{}
	acct.Deposit(2000)
	var wg sync.WaitGroup
	var withdrawn int64
	for i := 0; i < 50; i++ {
		wg.Add(2)
		go func() {
			defer wg.Done()
			acct.Deposit(10)
		}()
		go func() {
			defer wg.Done()
			if acct.Withdraw(30) {
				atomic.AddInt64(&withdrawn, 30)
			}
		}()
	}
	wg.Wait()
	fmt.Println("balance + withdrawn =", atomic.LoadInt64(&acct.balance)+withdrawn, "(2000 + 50*10 deposited)")
	fmt.Println("withdrawals:", withdrawn/30, "refused:", atomic.LoadInt64(&acct.refused))
	fmt.Println("never negative:", atomic.LoadInt64(&acct.balance) >= 0)

	empty := &Account{}
	ok := empty.Withdraw(1)
	fmt.Println("withdraw from empty:", ok, "refused:", empty.refused)
	old := atomic.SwapInt64(&empty.balance, 5)
	ok = empty.Withdraw(5)
	fmt.Println("swapped out", old, "then withdrew all:", ok, "left:", empty.balance)
}
