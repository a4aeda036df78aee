// x++ is a statement, not an expression.
package main

func main() {
	var x int
	x++
	y := x++
}