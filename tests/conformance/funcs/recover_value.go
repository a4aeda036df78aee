// recover returns the panic value (string, error, int, custom type) inside a deferred function,
// returns nil when not panicking, and the function then returns normally.
package main

import (
	"errors"
	"fmt"
)

type code int

func try(v interface{}) (got interface{}) {
	defer func() {
		got = recover()
	}()
	panic(v)
}

func noPanic() interface{} {
	defer func() {}()
	return recover()
}

func main() {
	fmt.Println(try("boom"))
	fmt.Println(try(errors.New("an error")))
	fmt.Println(try(42))
	r := try(code(7))
	fmt.Printf("%v %T\n", r, r)
	fmt.Println(noPanic())
	fmt.Println("after all")
}
