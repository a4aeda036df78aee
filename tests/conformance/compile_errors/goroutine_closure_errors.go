// Mistakes in goroutines and deferred closures are compile errors like anywhere else.
package main

import "fmt"

func worker(id int, results chan<- string) {
	results <- fmt.Sprint(id)
}

func main() {
	results := make(chan string)
	for i := 0; i < 3; i++ {
		go worker(i, results, 1)
		go func() {
			count := i
		}
	}
	defer func() {
		fmt.Println(recovered)
	}()
}
