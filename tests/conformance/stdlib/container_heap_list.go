// container/heap as a priority queue of tasks (Push, Pop, Fix) and container/list as a queue
// and an LRU order (PushBack, MoveToFront, Remove).
package main

import (
	"container/heap"
	"container/list"
	"fmt"
)

type Task struct {
	Name     string
	Priority int
	index    int
}

type PQ []*Task

func (p PQ) Len() int            { return len(p) }
func (p PQ) Less(i, j int) bool  { return p[i].Priority > p[j].Priority }
func (p PQ) Swap(i, j int)       { p[i], p[j] = p[j], p[i]; p[i].index = i; p[j].index = j }
func (p *PQ) Push(x any)         { t := x.(*Task); t.index = len(*p); *p = append(*p, t) }
func (p *PQ) Pop() any {
	old := *p
	n := len(old)
	t := old[n-1]
	*p = old[:n-1]
	return t
}

func main() {
	pq := PQ{}
	for i, name := range []string{"write", "test", "deploy", "plan"} {
		heap.Push(&pq, &Task{Name: name, Priority: (i * 7) % 5})
	}
	pq[2].Priority = 10
	heap.Fix(&pq, 2)
	for pq.Len() > 0 {
		t := heap.Pop(&pq).(*Task)
		fmt.Println(t.Name, t.Priority)
	}
	q := list.New()
	for i := 1; i <= 4; i++ {
		q.PushBack(i * 10)
	}
	front := q.Front()
	q.MoveToBack(front)
	q.Remove(q.Front())
	for e := q.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(q.Len())
	lru := list.New()
	seen := map[string]*list.Element{}
	for _, k := range []string{"a", "b", "c", "a", "d", "b"} {
		if e, ok := seen[k]; ok {
			lru.MoveToFront(e)
			continue
		}
		seen[k] = lru.PushFront(k)
	}
	for e := lru.Front(); e != nil; e = e.Next() {
		fmt.Print(e.Value, " ")
	}
	fmt.Println(lru.Back().Value)
}
