// Fields: a misspelled field, a field of a non-struct, a method used like a field, unexported names of other packages.
package main

import (
	"fmt"
	"strings"
)

type user struct {
	Name string
	age  int
}

func (u user) Greeting() string { return "hi " + u.Name }

func main() {
	u := user{Name: "ann", age: 3}
	fmt.Println(u.name, u.Age)
	x := 5
	x.value = 3
	fmt.Println(u.Greeting + "!")
	var b strings.Builder
	fmt.Println(b.buf, strings.Title("a"))
}
