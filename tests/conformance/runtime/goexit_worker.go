package main

import (
	"errors"
	"fmt"
	"runtime"
	"sync"
)

// fail ends the calling goroutine as testing.T.FailNow does: deferred calls still run.
func fail(results chan<- string, id int, err error) {
	results <- fmt.Sprintf("worker %d failed: %v", id, err)
	runtime.Goexit()
}

func worker(id int, wg *sync.WaitGroup, results chan<- string) {
	defer wg.Done()
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("unexpected panic", r)
		}
	}()
	if id%2 == 0 {
		fail(results, id, errors.New("even id"))
		results <- "never sent"
	}
	results <- fmt.Sprintf("worker %d ok", id)
}

func main() {
	var wg sync.WaitGroup
	results := make(chan string, 10)
	for i := 1; i <= 4; i++ {
		wg.Add(1)
		go worker(i, &wg, results)
	}
	wg.Wait()
	close(results)
	var got []string
	for r := range results {
		got = append(got, r)
	}
	for i := 1; i <= 4; i++ {
		for _, r := range got {
			if r[7] == byte('0'+i) {
				fmt.Println(r)
			}
		}
	}
	fmt.Println(len(got), "results")
}
