// Only pointers can be dereferenced.
package main

func main() {
	x := struct {a int}{a: 1,}
	_ = x
	y := 3 * * 4
}
