// A goroutine's locals survive while it is parked: in a receive, in a send (the value being sent),
// in a select, and in a goroutine that has not run yet (its arguments).
package main

import (
	"fmt"
	"strings"
)

func churn() int {
	n := 0
	for i := 0; i < 3000; i++ {
		parts := make([]string, 0, 4)
		for j := 0; j < 4; j++ {
			parts = append(parts, fmt.Sprint("garbage-", i, "-", j))
		}
		m := map[int][]int{i: make([]int, 100)}
		n += len(parts) + len(m[i])
	}
	return n
}

type record struct {
	id   int
	tags []string
	meta map[string]int
}

func receiver(in <-chan int, out chan<- string) {
	local := &record{id: 7, tags: []string{strings.Repeat("x", 3), "tag"}, meta: map[string]int{"k": 1}}
	words := strings.Fields("held by a parked goroutine")
	v := <-in
	out <- fmt.Sprint(v, local.id, local.tags, local.meta, words)
}

func sender(out chan<- record) {
	out <- record{id: 9, tags: []string{fmt.Sprint("sent", 1)}, meta: map[string]int{fmt.Sprint("m", 2): 2}}
}

func selector(a chan string, b chan []string, done chan<- bool) {
	msg := fmt.Sprint("select ", "send")
	select {
	case a <- msg:
	case got := <-b:
		fmt.Println("unexpected", got)
	}
	done <- true
}

func withArgs(s []string, m map[int]string, p *record, done chan<- string) {
	done <- fmt.Sprint(s, m, p.tags)
}

func main() {
	in := make(chan int)
	out := make(chan string)
	go receiver(in, out)
	recs := make(chan record)
	go sender(recs)
	a, b := make(chan string), make(chan []string)
	done := make(chan bool)
	go selector(a, b, done)
	argsDone := make(chan string)
	for i := 0; i < 3; i++ {
		go withArgs([]string{fmt.Sprint("arg", i)}, map[int]string{i: fmt.Sprint("v", i)}, &record{tags: []string{fmt.Sprint("p", i)}}, argsDone)
	}
	fmt.Println("churn:", churn())
	in <- 42
	fmt.Println(<-out)
	r := <-recs
	fmt.Println(r.id, r.tags, r.meta)
	fmt.Println(<-a)
	<-done
	seen := []string{}
	for i := 0; i < 3; i++ {
		seen = append(seen, <-argsDone)
	}
	fmt.Println(len(seen), strings.Contains(strings.Join(seen, ","), "arg1"))
}
