// Values kept by the library's containers (sync.Map, container/list, container/heap,
// bytes.Buffer, bufio.Writer, log with its own writer) survive collections between operations.
package main

import (
	"bufio"
	"bytes"
	"container/heap"
	"container/list"
	"fmt"
	"log"
	"runtime"
	"sort"
	"sync"
)

type item struct {
	name string
	prio int
}

type queue []*item

func (q queue) Len() int           { return len(q) }
func (q queue) Less(i, j int) bool { return q[i].prio < q[j].prio }
func (q queue) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *queue) Push(x any)        { *q = append(*q, x.(*item)) }
func (q *queue) Pop() any          { old := *q; it := old[len(old)-1]; *q = old[:len(old)-1]; return it }

type pair struct {
	k string
	v [2]int
}

func garbage() {
	for i := 0; i < 300; i++ {
		_ = fmt.Sprint("garbage", i, []int{i, i})
	}
	runtime.GC()
}

func main() {
	var m sync.Map
	for i := 0; i < 20; i++ {
		m.Store(fmt.Sprint("k", i), &item{fmt.Sprint("v", i), i})
		garbage()
	}
	v, ok := m.Load("k13")
	fmt.Println(v.(*item).name, ok)
	var keys []string
	m.Range(func(k, v any) bool { keys = append(keys, k.(string)+"="+v.(*item).name); return true })
	sort.Strings(keys)
	fmt.Println(len(keys), keys[0], keys[19])

	l := list.New()
	for i := 0; i < 10; i++ {
		l.PushBack(pair{fmt.Sprint("p", i), [2]int{i, i * i}})
		garbage()
	}
	for e := l.Front(); e != nil; e = e.Next() {
		if p := e.Value.(pair); p.v[0]%3 == 0 {
			fmt.Print(p.k, p.v, " ")
		}
	}
	fmt.Println()

	q := &queue{}
	for i := 0; i < 12; i++ {
		heap.Push(q, &item{fmt.Sprint("job", i), (i * 7) % 12})
		garbage()
	}
	for q.Len() > 9 {
		fmt.Print(heap.Pop(q).(*item).name, " ")
	}
	fmt.Println()

	var buf bytes.Buffer
	w := bufio.NewWriterSize(&buf, 16)
	logger := log.New(w, "[gc] ", 0)
	for i := 0; i < 5; i++ {
		logger.Printf("line %d %s", i, bytes.Repeat([]byte("z"), i))
		garbage()
	}
	w.Flush()
	fmt.Print(buf.String())

	structs := []pair{}
	for i := 0; i < 40; i++ {
		structs = append(structs, pair{fmt.Sprint(i), [2]int{i, -i}})
		if i%10 == 0 {
			garbage()
		}
	}
	copied := make([]pair, 20)
	copy(copied, structs[10:])
	structs[15].v[0] = 999
	fmt.Println(structs[15], copied[5], len(structs), cap(structs) >= 40)
}
