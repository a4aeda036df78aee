// How messages write types: an interface as written (its own methods sorted, then the embedded
// interfaces in source order), struct tags quoted; tags make struct types different.
package main

import (
	"fmt"
	"io"
)

type RC interface {
	io.Reader
	Close() error
}

type point struct{ X int }

func main() {
	var a interface {
		B()
		A()
		io.Writer
		fmt.Stringer
	}
	var b struct {
		X int `json:"x"`
		Y string "plain"
	}
	var c interface{ error }
	var d interface {
		RC
		io.Writer
	}
	var n int = a
	n = b
	n = c
	n = d
	var p struct {
		X int `k:"v"`
	} = point{}
	fmt.Println(n, p)
}
