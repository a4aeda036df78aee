// sync.Map from several goroutines (Store, Load, LoadOrStore, Delete, Range with early stop)
// and sync.Pool handing back a Put value or making one with New.
package main

import (
	"fmt"
	"sort"
	"sync"
)

func main() {
	var m sync.Map
	var wg sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			m.Store(i%5, i%5*10)
		}(i)
	}
	wg.Wait()
	v, ok := m.Load(3)
	fmt.Println(v, ok)
	_, ok = m.Load(99)
	fmt.Println(ok)
	act, loaded := m.LoadOrStore(1, "new")
	fmt.Println(act, loaded)
	act, loaded = m.LoadOrStore("k", "new")
	fmt.Println(act, loaded)
	m.Delete(0)
	var keys []string
	m.Range(func(k, v any) bool {
		keys = append(keys, fmt.Sprint(k, "=", v))
		return true
	})
	sort.Strings(keys)
	fmt.Println(keys)
	n := 0
	m.Range(func(k, v any) bool {
		n++
		return n < 2
	})
	fmt.Println("visited", n)
	val, loaded := m.LoadAndDelete("k")
	fmt.Println(val, loaded)
	created := 0
	pool := sync.Pool{New: func() any {
		created++
		return new([]byte)
	}}
	b := pool.Get().(*[]byte)
	*b = append(*b, "hello"...)
	pool.Put(b)
	b2 := pool.Get().(*[]byte)
	fmt.Println(string(*b2), created)
	pool.Get()
	fmt.Println(created)
}
