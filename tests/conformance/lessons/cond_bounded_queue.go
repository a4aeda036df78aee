package main

import (
	"fmt"
	"sort"
	"sync"
)

// A bounded blocking queue built on sync.Cond: Put waits while full, Get waits while empty,
// Close wakes everyone with Broadcast. Consumers' totals are checked for loss or duplication.
type Queue struct {
	mu       sync.Mutex
	notEmpty *sync.Cond
	notFull  *sync.Cond
	items    []int
	cap      int
	closed   bool
	maxLen   int
}

func NewQueue(capacity int) *Queue {
	q := &Queue{cap: capacity}
	q.notEmpty = sync.NewCond(&q.mu)
	q.notFull = sync.NewCond(&q.mu)
	return q
}

func (q *Queue) Put(v int) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == q.cap {
		q.notFull.Wait()
	}
	q.items = append(q.items, v)
	if len(q.items) > q.maxLen {
		q.maxLen = len(q.items)
	}
	q.notEmpty.Signal()
}

func (q *Queue) Get() (int, bool) {
	q.mu.Lock()
	defer q.mu.Unlock()
	for len(q.items) == 0 && !q.closed {
		q.notEmpty.Wait()
	}
	if len(q.items) == 0 {
		return 0, false
	}
	v := q.items[0]
	q.items = q.items[1:]
	q.notFull.Signal()
	return v, true
}

func (q *Queue) Close() {
	q.mu.Lock()
	q.closed = true
	q.mu.Unlock()
	q.notEmpty.Broadcast()
}

func main() {
	q := NewQueue(3)
	var consumers sync.WaitGroup
	got := make([][]int, 4)
	for c := 0; c < 4; c++ {
		consumers.Add(1)
		go func(c int) {
			defer consumers.Done()
			for {
				v, ok := q.Get()
				if !ok {
					return
				}
				got[c] = append(got[c], v)
			}
		}(c)
	}
	var producers sync.WaitGroup
	for p := 0; p < 2; p++ {
		producers.Add(1)
		go func(p int) {
			defer producers.Done()
			for i := 0; i < 50; i++ {
				q.Put(p*1000 + i)
			}
		}(p)
	}
	producers.Wait()
	q.Close()
	consumers.Wait()
	var all []int
	for _, g := range got {
		all = append(all, g...)
	}
	sort.Ints(all)
	fmt.Println("received", len(all), "first", all[:3], "last", all[len(all)-3:])
	dup := false
	for i := 1; i < len(all); i++ {
		dup = dup || all[i] == all[i-1]
	}
	fmt.Println("duplicates:", dup, "queue never above capacity:", q.maxLen <= 3)
	v, ok := q.Get()
	fmt.Println("get after close:", v, ok)
}
