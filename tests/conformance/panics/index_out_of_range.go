// exit: 2
// Indexing past the end of a slice panics with the index and the length; deferred calls still run.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred in main runs during the panic")
	s := []int{1, 2, 3}
	i := 5
	fmt.Println("before")
	fmt.Println(s[i])
}
