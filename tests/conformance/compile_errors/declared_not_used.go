// A local variable that is never used: "declared but not used" (Go 1.19's wording).
package main

func main() {
	x := 1
	var y string
	a, b := 1, 2
	_ = a
}
