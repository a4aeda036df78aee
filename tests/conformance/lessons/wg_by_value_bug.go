package main

// stack: full

import (
	"fmt"
	"sync"
)

// A classic bug: the WaitGroup is passed by value, so each worker calls Done on its own copy and
// the original never reaches zero. The correct version passes a pointer.
func workerByPointer(id int, wg *sync.WaitGroup, results chan<- string) {
	defer wg.Done()
	results <- fmt.Sprintf("worker %d done", id)
}

func workerByValue(id int, wg sync.WaitGroup, results chan<- string) {
	defer wg.Done() // Done on the copy: the caller's counter is untouched
	results <- fmt.Sprintf("worker %d done (copy)", id)
}

func main() {
	results := make(chan string, 10)
	var wg sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg.Add(1)
		go workerByPointer(i, &wg, results)
	}
	wg.Wait()
	fmt.Println(len(results), "results with a pointer")
	for len(results) > 0 {
		<-results
	}

	var wg2 sync.WaitGroup
	for i := 1; i <= 3; i++ {
		wg2.Add(1)
		go workerByValue(i, wg2, results)
	}
	for i := 0; i < 3; i++ {
		<-results
	}
	fmt.Println("3 results with copies; now waiting on a counter that stays at 3")
	wg2.Wait()
}
