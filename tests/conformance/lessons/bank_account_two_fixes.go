package main

import (
	"fmt"
	"sync"
)

// The classic bank account: many goroutines deposit and withdraw. Fixed once with a mutex, once
// by giving the balance to a single goroutine that owns it and serves requests over channels.
type MutexAccount struct {
	mu      sync.Mutex
	balance int
}

func (a *MutexAccount) Deposit(n int) {
	a.mu.Lock()
	defer a.mu.Unlock()
	a.balance += n
}

func (a *MutexAccount) Withdraw(n int) bool {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.balance < n {
		return false
	}
	a.balance -= n
	return true
}

type withdrawal struct {
	amount int
	ok     chan bool
}

type Teller struct {
	deposits    chan int
	withdrawals chan withdrawal
	balances    chan int
}

func NewTeller() *Teller {
	t := &Teller{make(chan int), make(chan withdrawal), make(chan int)}
	go func() {
		balance := 0 // owned by this goroutine only
		for {
			select {
			case n := <-t.deposits:
				balance += n
			case w := <-t.withdrawals:
				if balance >= w.amount {
					balance -= w.amount
					w.ok <- true
				} else {
					w.ok <- false
				}
			case t.balances <- balance:
			}
		}
	}()
	return t
}

func (t *Teller) Deposit(n int) { t.deposits <- n }
func (t *Teller) Withdraw(n int) bool {
	ok := make(chan bool)
	t.withdrawals <- withdrawal{n, ok}
	return <-ok
}
func (t *Teller) Balance() int { return <-t.balances }

func main() {
	var acct MutexAccount
	var wg sync.WaitGroup
	for i := 0; i < 100; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			acct.Deposit(10)
			if i%2 == 0 {
				acct.Withdraw(5)
			}
		}(i)
	}
	wg.Wait()
	fmt.Println("mutex account:", acct.balance)
	fmt.Println("overdraw refused:", !acct.Withdraw(10000))

	teller := NewTeller()
	refused := make(chan bool, 50)
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			teller.Deposit(20)
			refused <- !teller.Withdraw(30)
		}()
	}
	wg.Wait()
	close(refused)
	n := 0
	for r := range refused {
		if r {
			n++
		}
	}
	b := teller.Balance()
	fmt.Println("teller balance never negative:", b >= 0, "consistent:", teller.Balance() == 50*20-(50-n)*30)
	fmt.Printf("%+v\n", acct.balance)
}
