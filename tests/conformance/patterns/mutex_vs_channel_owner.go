// State owned by one goroutine and reached only through channels (no mutex): a bank account.
package main

import (
	"fmt"
	"sync"
)

type deposit struct{ amount int }

func main() {
	deposits := make(chan deposit)
	balances := make(chan chan int)
	go func() {
		balance := 0
		for {
			select {
			case d := <-deposits:
				balance += d.amount
			case reply := <-balances:
				reply <- balance
			}
		}
	}()
	var wg sync.WaitGroup
	for i := 1; i <= 100; i++ {
		wg.Add(1)
		go func(n int) {
			defer wg.Done()
			deposits <- deposit{n}
		}(i)
	}
	wg.Wait()
	reply := make(chan int)
	balances <- reply
	fmt.Println("balance:", <-reply)
}
