// A method declaration needs a name after its receiver.
package main

type T struct {
	x int
}

func (t T) {
}

func main() {}
