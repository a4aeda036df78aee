// stack: full
package main

import (
	"fmt"
	"sync"
)

type Pool struct {
	jobs chan int
	wg   sync.WaitGroup
}

func (p *Pool) worker(id int) {
	defer p.wg.Done()
	for j := range p.jobs {
		fmt.Println("worker", id, "job", j)
	}
}

func (p *Pool) Run(n int) {
	for i := 1; i <= n; i++ {
		p.wg.Add(1)
		go p.worker(i)
	}
	p.jobs <- 7
	p.wait()
}

func (p *Pool) wait() {
	p.wg.Wait()
}

func main() {
	p := &Pool{jobs: make(chan int)}
	p.Run(1)
}
