// Using nil where no type can be inferred, and comparing incompatible types.
package main

import "fmt"

func main() {
	x := nil
	var s []int
	var m map[string]int
	fmt.Println(s == m, x)
}
