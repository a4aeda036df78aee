// A full slice expression needs its third index.
package main

func main() {
	x := [3]int{}
	x[1:2:] = nil
}