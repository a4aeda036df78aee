// A pointer to an interface has no methods: the interface itself does.
package main

import "fmt"

type speaker interface{ Speak() string }

type dog struct{}

func (dog) Speak() string { return "woof" }

func talk(s *speaker) {
	fmt.Println(s.Speak())
}

func main() {
	var s speaker = dog{}
	talk(&s)
	var t *speaker = dog{}
	fmt.Println(t)
}
