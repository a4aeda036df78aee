// nil has no type of its own: it is not an int, a string or a struct, and x := nil has no type.
package main

type point struct{ x int }

func count() int {
	return nil
}

func main() {
	var n int = nil
	var s string
	s = nil
	var p point = nil
	if n == nil {
	}
	_, _, _ = n, s, p
	count()
}
