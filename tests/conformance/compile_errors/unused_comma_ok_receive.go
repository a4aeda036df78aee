// A receive with comma-ok declares two variables: each must be used.
package main

import "fmt"

func main() {
	ch := make(chan int, 1)
	ch <- 1
	close(ch)
	v, ok := <-ch
	fmt.Println(v)
	w, ok2 := <-ch
	fmt.Println(ok2)
	for {
		x, open := <-ch
		if !open {
			break
		}
	}
}
