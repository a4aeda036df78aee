// A method declaration needs its parameter list even when empty.
package main

type server struct{}

func (s *server) Start {
}

func main() {}
