package main

import (
	"fmt"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// The synchronisation chapters of Go by Example, made deterministic where the originals print in
// scheduling order: worker pools (results collected and sorted), WaitGroups, atomic counters,
// mutexes, stateful goroutines.
func poolWorker(id int, jobs <-chan int, results chan<- string) {
	for j := range jobs {
		time.Sleep(50 * time.Millisecond)
		results <- fmt.Sprintf("job %d done (x2 = %d)", j, j*2)
	}
}

type Container struct {
	mu       sync.Mutex
	counters map[string]int
}

func (c *Container) inc(name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.counters[name]++
}

type readOp struct {
	key  int
	resp chan int
}
type writeOp struct {
	key, val int
	resp     chan bool
}

func main() {
	const numJobs = 5
	jobs := make(chan int, numJobs)
	results := make(chan string, numJobs)
	for w := 1; w <= 3; w++ {
		go poolWorker(w, jobs, results)
	}
	for j := 1; j <= numJobs; j++ {
		jobs <- j
	}
	close(jobs)
	var lines []string
	for a := 1; a <= numJobs; a++ {
		lines = append(lines, <-results)
	}
	sort.Strings(lines)
	fmt.Println(lines)

	var wg sync.WaitGroup
	var ops atomic.Uint64
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			for c := 0; c < 1000; c++ {
				ops.Add(1)
			}
			wg.Done()
		}()
	}
	wg.Wait()
	fmt.Println("ops:", ops.Load())

	c := Container{counters: map[string]int{"a": 0, "b": 0}}
	doIncrement := func(name string, n int) {
		for i := 0; i < n; i++ {
			c.inc(name)
		}
		wg.Done()
	}
	wg.Add(3)
	go doIncrement("a", 10000)
	go doIncrement("a", 10000)
	go doIncrement("b", 10000)
	wg.Wait()
	fmt.Println(c.counters)

	reads, writes := make(chan readOp), make(chan writeOp)
	go func() {
		state := make(map[int]int)
		for {
			select {
			case read := <-reads:
				read.resp <- state[read.key]
			case write := <-writes:
				state[write.key] = write.val
				write.resp <- true
			}
		}
	}()
	var readOps, writeOps uint64
	for w := 0; w < 10; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := 0; i < 10; i++ {
				write := writeOp{key: w, val: w * i, resp: make(chan bool)}
				writes <- write
				<-write.resp
				atomic.AddUint64(&writeOps, 1)
				read := readOp{key: w, resp: make(chan int)}
				reads <- read
				if <-read.resp != w*i {
					fmt.Println("lost a write!")
				}
				atomic.AddUint64(&readOps, 1)
			}
		}(w)
	}
	wg.Wait()
	fmt.Println("readOps:", atomic.LoadUint64(&readOps), "writeOps:", atomic.LoadUint64(&writeOps))
}
