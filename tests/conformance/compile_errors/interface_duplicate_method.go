// An interface may not list a method twice, nor embed one with the same name and another
// signature; embedding identical methods twice is fine (io.Reader in io.ReadCloser).
package main

import (
	"fmt"
	"io"
)

type A interface {
	M()
	M()
}

type B interface {
	io.Reader
	io.ReadCloser
	Read(p []byte) (n int, err error)
}

type C interface {
	fmt.Stringer
	String() int
}

type D interface {
	A
	B
	C
}

func main() {
	var d D
	fmt.Println(d)
}
