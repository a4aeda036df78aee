// When several cases are ready, select picks one at random: both get chosen over many rounds.
package main

import "fmt"

func main() {
	a := make(chan int, 1)
	b := make(chan int, 1)
	counts := map[string]int{}
	for i := 0; i < 2000; i++ {
		a <- 1
		b <- 1
		select {
		case <-a:
			counts["a"]++
			<-b
		case <-b:
			counts["b"]++
			<-a
		}
	}
	fmt.Println(counts["a"] > 700, counts["b"] > 700, counts["a"]+counts["b"])
}
