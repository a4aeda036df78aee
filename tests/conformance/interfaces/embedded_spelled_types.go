// An interface written with embedded interfaces is the same type as one listing the methods:
// values convert, compare equal, assert and switch alike, and key the same map entries.
package main

import (
	"fmt"
	"io"
	"strings"
)

type ReadCloser interface {
	io.Reader
	Close() error
}

type file struct{ r *strings.Reader }

func (f file) Read(p []byte) (int, error) { return f.r.Read(p) }
func (f file) Close() error             { return nil }

func main() {
	var rc ReadCloser = file{strings.NewReader("hello")}
	var inline interface {
		io.Reader
		Close() error
	} = rc
	var flat interface {
		Close() error
		Read([]byte) (int, error)
	} = inline
	fmt.Println(rc == inline, inline == flat)
	if c, ok := flat.(ReadCloser); ok {
		fmt.Println("assert ok", c.Close())
	}
	var x interface{} = inline
	switch v := x.(type) {
	case interface {
		io.Reader
		io.Closer
	}:
		buf := make([]byte, 3)
		n, _ := v.Read(buf)
		fmt.Println("switch", string(buf[:n]))
	default:
		fmt.Println("default")
	}
	m := map[interface{ io.Reader }]int{}
	m[rc] = 1
	fmt.Println(m[inline], len(m))
	fmt.Printf("%T\n", []ReadCloser{})
	fmt.Printf("%T\n", []interface {
		io.Reader
		Close() error
	}{})
}
