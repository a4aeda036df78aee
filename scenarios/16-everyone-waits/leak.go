// Everyone waits: main expects four results but only three workers were
// started. After the third result nothing can ever send again, every goroutine
// is asleep, and Go stops the program: "all goroutines are asleep - deadlock!".
package main

import "fmt"

func square(n int, results chan<- int) {
	results <- n * n
}

func main() {
	results := make(chan int)
	for n := 1; n <= 3; n++ { // BUG: one worker short
		go square(n, results)
	}

	sum := 0
	for i := 1; i <= 4; i++ {
		sum += <-results // LEAK: the fourth receive has no sender
		fmt.Println("results so far:", i)
	}
	fmt.Println("sum of squares:", sum)
}
