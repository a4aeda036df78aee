package main

import (
	"container/heap"
	"fmt"
	"strings"
	"sync"
	"time"
)

// Fan-out to workers that finish out of order, then fan-in through a reorder buffer: a min-heap
// keyed by sequence number releases results only when the next expected one has arrived.
type result struct {
	seq   int
	value string
}

type byseq []result

func (h byseq) Len() int            { return len(h) }
func (h byseq) Less(i, j int) bool  { return h[i].seq < h[j].seq }
func (h byseq) Swap(i, j int)       { h[i], h[j] = h[j], h[i] }
func (h *byseq) Push(x interface{}) { *h = append(*h, x.(result)) }
func (h *byseq) Pop() interface{} {
	old := *h
	x := old[len(old)-1]
	*h = old[:len(old)-1]
	return x
}

func main() {
	words := strings.Fields("the quick brown fox jumps over the lazy dog again")
	jobs := make(chan result)
	out := make(chan result)
	var wg sync.WaitGroup
	for w := 0; w < 4; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				time.Sleep(time.Duration(len(j.value)*7%5+1) * 5 * time.Millisecond)
				out <- result{j.seq, strings.ToUpper(j.value)}
			}
		}()
	}
	go func() {
		for i, w := range words {
			jobs <- result{i, w}
		}
		close(jobs)
	}()
	go func() { wg.Wait(); close(out) }()

	pending := &byseq{}
	next := 0
	maxHeld := 0
	var ordered []string
	for r := range out {
		heap.Push(pending, r)
		if pending.Len() > maxHeld {
			maxHeld = pending.Len()
		}
		for pending.Len() > 0 && (*pending)[0].seq == next {
			ordered = append(ordered, heap.Pop(pending).(result).value)
			next++
		}
	}
	fmt.Println(strings.Join(ordered, " "))
	fmt.Println("in order:", len(ordered) == len(words), "buffer was needed:", maxHeld > 1)
}
