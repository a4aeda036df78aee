// Method values bind their receiver when evaluated: a value receiver is copied then, a pointer
// receiver is shared. `go p.worker()` and `defer x.method()` use method values too.
package main

import (
	"fmt"
	"sync"
)

type pool struct {
	name string
	wg   sync.WaitGroup
	out  chan string
}

func (p *pool) worker(id int) {
	defer p.wg.Done()
	p.out <- fmt.Sprintf("%s worker %d", p.name, id)
}

type label struct{ s string }

func (l label) print() { fmt.Println("label:", l.s) }

func main() {
	p := &pool{name: "p", out: make(chan string, 3)}
	for i := 1; i <= 3; i++ {
		p.wg.Add(1)
		go p.worker(i)
	}
	p.wg.Wait()
	close(p.out)
	got := map[string]bool{}
	for s := range p.out {
		got[s] = true
	}
	fmt.Println(got)

	l := label{"before"}
	f := l.print // copies l now
	defer l.print()
	l.s = "after"
	f()
	g := (*pool).worker
	fmt.Printf("%T\n", g)
}
