// A switch has at most one default case.
package main

func main() {
	x := 1
	switch x {
	case 1:
	case 2:
	default:
	default:
	}
}