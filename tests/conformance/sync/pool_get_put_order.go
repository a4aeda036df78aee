package main

import (
	"bytes"
	"fmt"
	"runtime"
	"sync"
)

// sync.Pool as Go's behaves on one processor: Put fills a private slot then a shared stack, Get
// takes the private item first; runtime.GC returns after a whole collection (NumGC counts each
// call). (What survives a collection depends on the processor the goroutine resumes on.)
func main() {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	runtime.GC()
	runtime.GC()
	runtime.ReadMemStats(&after)
	fmt.Println("collections:", after.NumGC-before.NumGC)
	created := 0
	p := sync.Pool{New: func() interface{} { created++; return new(bytes.Buffer) }}
	a := p.Get().(*bytes.Buffer)
	a.WriteString("a")
	p.Put(a)
	b := p.Get().(*bytes.Buffer)
	fmt.Println(a == b, created, b.String())
	var q sync.Pool
	fmt.Println(q.Get())
	q.Put("x")
	q.Put("y")
	fmt.Println(q.Get(), q.Get(), q.Get())
}
