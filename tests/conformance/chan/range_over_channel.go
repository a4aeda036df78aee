// for range over a channel receives until the channel is closed and drained.
package main

import "fmt"

func gen(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; i <= n; i++ {
			out <- i * i
		}
	}()
	return out
}

func main() {
	sum := 0
	for v := range gen(5) {
		fmt.Print(v, " ")
		sum += v
	}
	fmt.Println("sum", sum)
	count := 0
	for range gen(3) {
		count++
	}
	fmt.Println(count)
}
