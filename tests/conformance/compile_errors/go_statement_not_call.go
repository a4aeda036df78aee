// go needs a call: a function value, a method value or a parenthesised call are refused.
package main

import "fmt"

type server struct{}

func (s *server) run() {}

func main() {
	s := &server{}
	go s.run
	go fmt.Println
	go (s.run())
	done := make(chan bool)
	<-done
}
