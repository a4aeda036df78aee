// break inside a select only leaves the select; a labelled break leaves the loop. All of it
// compiles; the one error is the unused variable that shows the program was checked.
package main

import "fmt"

func main() {
	ch := make(chan int)
	close(ch)
	n := 0
loop:
	for {
		select {
		case _, ok := <-ch:
			if !ok {
				break loop
			}
			break
		default:
			break
		}
		n++
	}
	unused := n
	fmt.Println("done")
}
