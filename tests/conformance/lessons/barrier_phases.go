package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

// A reusable barrier for phased computation: every worker finishes phase k before any starts
// phase k+1. Built on a mutex and a Cond with a generation counter so it can be reused.
type Barrier struct {
	mu         sync.Mutex
	cond       *sync.Cond
	parties    int
	waiting    int
	generation int
}

func NewBarrier(n int) *Barrier {
	b := &Barrier{parties: n}
	b.cond = sync.NewCond(&b.mu)
	return b
}

func (b *Barrier) Await() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	gen := b.generation
	b.waiting++
	if b.waiting == b.parties {
		b.waiting = 0
		b.generation++
		b.cond.Broadcast()
		return gen
	}
	for gen == b.generation {
		b.cond.Wait()
	}
	return gen
}

func main() {
	const workers, phases = 4, 3
	b := NewBarrier(workers)
	var mu sync.Mutex
	log := map[int][]string{}
	grid := make([]int, workers)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for p := 0; p < phases; p++ {
				// Read the neighbours' values of the previous phase, then write our own.
				left, right := grid[(w+workers-1)%workers], grid[(w+1)%workers]
				b.Await()
				grid[w] = left + right + w + 1
				mu.Lock()
				log[p] = append(log[p], fmt.Sprintf("w%d", w))
				mu.Unlock()
				b.Await()
			}
		}(w)
	}
	wg.Wait()
	for p := 0; p < phases; p++ {
		sort.Strings(log[p])
		fmt.Printf("phase %d: %s\n", p, strings.Join(log[p], " "))
	}
	fmt.Println("grid:", grid, "generations:", b.generation)
}
