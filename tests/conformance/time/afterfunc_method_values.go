package main

import (
	"fmt"
	"sync"
	"time"
)

type W struct{ n int }

func (w *W) Inc()   { w.n++ }
func (w W) Show()   { fmt.Println("show", w.n) }

// time.AfterFunc with method values (bound pointer and value receivers, native ones such as
// wg.Done and mu.Unlock), go statements on native method values.
func main() {
	var wg sync.WaitGroup
	wg.Add(4)
	time.AfterFunc(5*time.Millisecond, wg.Done)
	go wg.Done()
	f := wg.Done
	go f()
	defer fmt.Println("deferred native ok")
	time.AfterFunc(time.Millisecond, func() { wg.Done() })
	wg.Wait()
	w := &W{}
	time.AfterFunc(time.Millisecond, w.Inc)
	time.AfterFunc(2*time.Millisecond, w.Show)
	g := w.Inc
	go g()
	time.Sleep(10 * time.Millisecond)
	fmt.Println(w.n)
	var mu sync.Mutex
	mu.Lock()
	time.AfterFunc(time.Millisecond, mu.Unlock)
	mu.Lock()
	fmt.Println("unlocked by AfterFunc")
}
