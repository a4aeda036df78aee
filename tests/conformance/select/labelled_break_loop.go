// select inside for: break only leaves the select, so a labelled break leaves the loop; continue
// goes to the next iteration.
package main

import "fmt"

func main() {
	data := make(chan int)
	quit := make(chan bool)
	go func() {
		for i := 1; i <= 6; i++ {
			data <- i
		}
		quit <- true
	}()
	sum := 0
loop:
	for {
		select {
		case v := <-data:
			if v%2 == 0 {
				continue
			}
			if v == 5 {
				fmt.Println("break in select only leaves the select")
				break
			}
			sum += v
		case <-quit:
			break loop
		}
	}
	fmt.Println("sum of odd values except 5:", sum)
}
