package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// Producers and consumers with a done channel: producers stop when done closes, consumers drain
// what was produced; results are sorted so that every run prints the same thing.
type Item struct {
	Producer int
	Seq      int
}

func (it Item) String() string { return fmt.Sprintf("p%d#%d", it.Producer, it.Seq) }

func producer(id, count int, out chan<- Item, done <-chan struct{}, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 1; i <= count; i++ {
		select {
		case out <- Item{id, i}:
		case <-done:
			return
		}
	}
}

func consumer(id int, in <-chan Item, results chan<- string, wg *sync.WaitGroup) {
	defer wg.Done()
	var mine []string
	for it := range in {
		mine = append(mine, strings.ToUpper(it.String()))
	}
	results <- fmt.Sprintf("consumer %d handled %d", id, len(mine))
	for _, s := range mine {
		results <- s
	}
}

func main() {
	items := make(chan Item, 4)
	done := make(chan struct{})
	results := make(chan string, 64)

	var producers, consumers sync.WaitGroup
	for p := 1; p <= 3; p++ {
		producers.Add(1)
		go producer(p, 4, items, done, &producers)
	}
	for c := 1; c <= 2; c++ {
		consumers.Add(1)
		go consumer(c, items, results, &consumers)
	}
	producers.Wait()
	close(items)
	consumers.Wait()
	close(results)

	var handled []string
	total := 0
	for r := range results {
		if strings.HasPrefix(r, "consumer") {
			var id, n int
			fmt.Sscanf(r, "consumer %d handled %d", &id, &n)
			total += n
			continue
		}
		handled = append(handled, r)
	}
	sort.Strings(handled)
	fmt.Println(len(handled), "items:", strings.Join(handled, " "))
	fmt.Println("consumers report", total)

	// The done channel stops producers that would otherwise block forever.
	stuck := make(chan Item)
	var late sync.WaitGroup
	late.Add(2)
	go producer(8, 100, stuck, done, &late)
	go producer(9, 100, stuck, done, &late)
	first := <-stuck
	close(done)
	late.Wait()
	fmt.Println("took", first.Seq == 1, "then closed done; producers returned")
}
