// exit: 2
// make with a negative length from a variable panics: "makeslice: len out of range".
package main

import "fmt"

func main() {
	n := -1
	fmt.Println("making")
	s := make([]int, n)
	fmt.Println(s)
}
