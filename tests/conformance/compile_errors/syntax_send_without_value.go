// A send needs a value after the arrow.
package main

func main() {
	ch := make(chan int, 1)
	ch <-
}
