// A channel's element type is enforced on every send, in select too, and on receives assigned
// to a variable of another type.
package main

import "fmt"

type result struct{ id int }

func main() {
	ints := make(chan int, 4)
	ints <- "one"
	ints <- 2.5
	results := make(chan result, 1)
	results <- 3
	select {
	case ints <- "two":
	default:
	}
	var s string
	s = <-ints
	fmt.Println(s)
}
