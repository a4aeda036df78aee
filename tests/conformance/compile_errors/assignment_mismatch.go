// Assignment count mismatches: two variables from one value, one variable from a two-result call.
package main

import "strconv"

func main() {
	a, b := 1
	n := strconv.Atoi("1")
	_, _, _ = a, b, n
}
