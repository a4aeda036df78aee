// A worker given a receive-only channel cannot send its results back on it, nor close it.
package main

import "fmt"

func worker(jobs <-chan int) {
	for j := range jobs {
		jobs <- j * 2
	}
	close(jobs)
}

func main() {
	jobs := make(chan int, 3)
	go worker(jobs)
	jobs <- 1
	fmt.Println("sent")
}
