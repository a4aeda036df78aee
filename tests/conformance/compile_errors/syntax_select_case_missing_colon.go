// A select case needs a colon.
package main

func main() {
	ch := make(chan int)
	select {
	case v := <-ch
	}
}