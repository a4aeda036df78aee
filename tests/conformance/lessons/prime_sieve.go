package main

import "fmt"

// The concurrent prime sieve from the Go tour and spec: a chain of filter goroutines, one per
// prime found so far. A done channel stops the whole chain when main has enough.
func generate(done <-chan struct{}) <-chan int {
	ch := make(chan int)
	go func() {
		defer close(ch)
		for i := 2; ; i++ {
			select {
			case ch <- i:
			case <-done:
				return
			}
		}
	}()
	return ch
}

func filter(done <-chan struct{}, in <-chan int, prime int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := range in {
			if i%prime != 0 {
				select {
				case out <- i:
				case <-done:
					return
				}
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	ch := generate(done)
	var primes []int
	for i := 0; i < 25; i++ {
		prime := <-ch
		primes = append(primes, prime)
		ch = filter(done, ch, prime)
	}
	close(done)
	fmt.Println(primes)
	sum := 0
	for _, p := range primes {
		sum += p
	}
	fmt.Printf("%d primes, sum %d, largest %d\n", len(primes), sum, primes[len(primes)-1])
	for range ch { // drain: every stage has stopped and closed its output
	}
	fmt.Println("chain stopped")
}
