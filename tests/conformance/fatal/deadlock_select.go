// exit: 2
// A select whose cases can never proceed: "goroutine 1 [select]:".
package main

func main() {
	a := make(chan int)
	b := make(chan string)
	select {
	case <-a:
	case b <- "x":
	}
}
