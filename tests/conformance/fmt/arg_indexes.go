// Explicit argument indexes: %[n]d reuses arguments, %[n]*d takes the width from one, a bad
// index prints %!d(BADINDEX), and after an index the next verb continues from there; EXTRA is
// not reported once indexes were used.
package main

import "fmt"

func main() {
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[1]d %[1]x %[1]o %#[1]b\n", 12)
	fmt.Printf("[%[2]*[1]d] [%-[2]*[1]d]\n", 7, 5)
	fmt.Printf("%[3]v %v\n", "a", "b", "c")
	fmt.Printf("%[5]d %d\n", 1, 2)
	fmt.Printf("%[0]d|%[x]d|%[1]\n", 1)
	fmt.Printf("%[2]s\n", "only", "two", "extra")
	fmt.Printf("%.[2]*[1]f|%[1]*.[2]*[3]f\n", 3.14159, 2, 1.5)
	fmt.Printf("%*d|%-*d|%.*s\n", 6, 42, 6, 42, 2, "abcdef")
	fmt.Printf("%*d\n", "x", 5)
	fmt.Printf("%.*d\n", -1, 5)
}
