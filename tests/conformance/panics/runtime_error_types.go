// Recovered run-time errors are runtime.Error values: their types and messages as Go has them,
// and errors.As finds the runtime.Error interface.
package main

import (
	"errors"
	"fmt"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		err, isErr := r.(error)
		var re runtime.Error
		fmt.Printf("%s: %T %v %v %v\n", name, r, isErr, errors.As(err, &re), r)
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	var m map[string]int
	var p *struct{ v int }
	var i interface{} = "text"
	zero := 0
	try("index", func() { _ = s[len(s)+zero] })
	try("slice", func() { _ = s[2:zero] })
	try("nilmap", func() { m["x"] = 1 })
	try("nilptr", func() { p.v++ })
	try("divide", func() { _ = 10 / zero })
	try("assert", func() { _ = i.(int) })
	try("closed", func() { c := make(chan int); close(c); close(c) })
	try("custom", func() { panic(errors.New("mine")) })
	try("string", func() { panic("just text") })
}
