// continue inside a select case goes to the next iteration of the enclosing for; break inside
// a select only leaves the select; a labelled continue skips from a nested loop.
package main

import "fmt"

func main() {
	ch := make(chan int, 10)
	for i := 0; i < 6; i++ {
		ch <- i
	}
	close(ch)
	sum := 0
	for {
		v, ok := 0, false
		select {
		case v, ok = <-ch:
			if !ok {
				break
			}
			if v%2 == 0 {
				continue
			}
			sum += v
			fmt.Println("odd", v)
		}
		if !ok {
			break
		}
	}
	fmt.Println("sum", sum)
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 1 {
				continue outer
			}
			fmt.Println(i, j)
		}
	}
}
