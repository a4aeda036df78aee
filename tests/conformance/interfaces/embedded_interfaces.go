// Interfaces embedding interfaces; one value satisfying several interfaces; interface-to-interface
// assignment.
package main

import "fmt"

type reader interface{ Read() string }
type writer interface{ Write(s string) }
type readWriter interface {
	reader
	writer
}

type buffer struct{ data []string }

func (b *buffer) Write(s string) { b.data = append(b.data, s) }
func (b *buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}

func main() {
	var rw readWriter = &buffer{}
	rw.Write("one")
	rw.Write("two")
	var r reader = rw
	fmt.Println(r.Read())
	w, ok := r.(writer)
	fmt.Println(ok)
	w.Write("three")
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "")
}
