// exit: 2
// Closing a nil channel panics: "close of nil channel".
package main

func main() {
	var ch chan struct{}
	close(ch)
}
