// A composite literal left open: its elements run into the next statement.
package main

func main() {
	x := []int{1, 2, 3,
	_ = x
}