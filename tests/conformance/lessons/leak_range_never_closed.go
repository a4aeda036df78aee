package main

import (
	"fmt"
	"sync"
)

// Ranging over a channel that is never closed: the consumer processes everything and then waits
// forever. With the WaitGroup below the program deadlocks; the fixed version closes the channel.
func produce(ch chan<- string, items []string, closeIt bool) {
	for _, it := range items {
		ch <- it
	}
	if closeIt {
		close(ch)
	}
}

func consume(ch <-chan string, wg *sync.WaitGroup, got *[]string) {
	defer wg.Done()
	for s := range ch {
		*got = append(*got, s)
	}
}

func main() {
	var wg sync.WaitGroup
	var got []string
	ch := make(chan string)
	wg.Add(1)
	go consume(ch, &wg, &got)
	produce(ch, []string{"one", "two", "three"}, true)
	wg.Wait()
	fmt.Println("fixed version consumed", got)

	got = nil
	ch2 := make(chan string, 2)
	wg.Add(1)
	go consume(ch2, &wg, &got)
	produce(ch2, []string{"four", "five"}, false)
	fmt.Println("waiting for a consumer whose channel is never closed...")
	wg.Wait()
	fmt.Println("never printed")
}
