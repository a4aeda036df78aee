// A receive is an expression: an argument (fmt.Println(<-ch)), an operand, and the value of a send
// (out <- <-in).
package main

import "fmt"

func main() {
	in := make(chan int, 3)
	out := make(chan int, 3)
	in <- 1
	in <- 2
	in <- 3
	out <- <-in
	out <- <-in * 10
	fmt.Println(<-out, <-out)
	fmt.Println(<-in + 100)
	nested := make(chan chan string, 1)
	inner := make(chan string, 1)
	inner <- "inner value"
	nested <- inner
	fmt.Println(<-<-nested)
	funcs := make(chan func() int, 1)
	funcs <- func() int { return 7 }
	fmt.Println((<-funcs)())
}
