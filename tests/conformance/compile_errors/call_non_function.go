// Calling something that is not a function, and indexing something that cannot be indexed.
package main

func main() {
	x := 5
	x()
	y := 3
	_ = y[0]
}
