package main

import (
	"fmt"
	"sync"
	"time"
)

type point struct{ X, Y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func worker(id int, jobs <-chan int, results chan<- int, wg *sync.WaitGroup) {
	defer wg.Done()
	for j := range jobs {
		results <- j * j
	}
	_ = id
}

func main() {
	fmt.Println("hello", 42, 3.5, true, []int{1, 2, 3}, map[string]int{"b": 2, "a": 1})
	p := point{1, 2}
	fmt.Println(p, &p)
	fmt.Printf("%v %+v %T %5d|%-5s|%q %.2f %x\n", p, struct{ A int }{3}, p, 42, "hi", "q", 3.14159, 255)
	jobs := make(chan int, 10)
	results := make(chan int, 10)
	var wg sync.WaitGroup
	for w := 1; w <= 3; w++ {
		wg.Add(1)
		go worker(w, jobs, results, &wg)
	}
	for i := 1; i <= 5; i++ {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	close(results)
	sum := 0
	for r := range results {
		sum += r
	}
	fmt.Println("sum", sum)
	start := time.Now()
	_ = start
	time.Sleep(1500 * time.Millisecond)
	fmt.Println(time.Duration(1500)*time.Millisecond, time.Duration(80)*time.Millisecond)
	defer fmt.Println("deferred")
	func() {
		defer func() {
			r := recover()
			fmt.Println("recovered:", r)
		}()
		var a []int
		_ = a[5]
	}()
	select {
	case <-time.After(time.Second):
		fmt.Println("timeout")
	}
}
