// A struct cannot contain itself (a pointer to itself is fine); nor can two types contain each other.
package main

type node struct {
	value int
	next  node
}

type list struct {
	head *list
}

type a struct{ b b }
type b struct{ a a }

func main() {
	var n node
	var l list
	var x a
	_, _, _ = n, l, x
}
