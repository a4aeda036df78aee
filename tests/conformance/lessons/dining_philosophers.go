package main

import (
	"fmt"
	"sync"
	"time"
)

// Dining philosophers: each fork is a mutex; philosophers pick up the lower-numbered fork first,
// so no cycle of waits (and no deadlock) can form.
type Fork struct {
	sync.Mutex
	id int
}

type Philosopher struct {
	name        string
	left, right *Fork
	meals       int
}

func (p *Philosopher) dine(rounds int, host chan struct{}, wg *sync.WaitGroup, log chan<- string) {
	defer wg.Done()
	first, second := p.left, p.right
	if second.id < first.id {
		first, second = second, first
	}
	for i := 0; i < rounds; i++ {
		host <- struct{}{} // at most two at the table
		first.Lock()
		second.Lock()
		p.meals++
		time.Sleep(2 * time.Millisecond)
		second.Unlock()
		first.Unlock()
		<-host
		time.Sleep(time.Millisecond)
	}
	log <- fmt.Sprintf("%s is done after %d meals", p.name, p.meals)
}

func main() {
	names := []string{"Plato", "Kant", "Hume", "Locke", "Marx"}
	forks := make([]*Fork, len(names))
	for i := range forks {
		forks[i] = &Fork{id: i}
	}
	philosophers := make([]*Philosopher, len(names))
	for i, n := range names {
		philosophers[i] = &Philosopher{name: n, left: forks[i], right: forks[(i+1)%len(forks)]}
	}

	host := make(chan struct{}, 2)
	log := make(chan string, len(names))
	var wg sync.WaitGroup
	for _, p := range philosophers {
		wg.Add(1)
		go p.dine(3, host, &wg, log)
	}
	wg.Wait()
	close(log)

	done := map[string]bool{}
	for line := range log {
		done[line] = true
	}
	total := 0
	for _, p := range philosophers {
		line := fmt.Sprintf("%s is done after %d meals", p.name, p.meals)
		fmt.Println(line, done[line])
		total += p.meals
	}
	fmt.Println("meals served:", total)
	for _, f := range forks {
		if !f.TryLock() {
			fmt.Println("fork", f.id, "still held")
		}
	}
	fmt.Println("all forks back on the table")
}
