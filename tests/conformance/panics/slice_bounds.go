// exit: 2
// Slicing beyond the capacity panics with "slice bounds out of range [:hi] with capacity c".
package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	hi := 7
	fmt.Println(len(s[:5]))
	fmt.Println(s[:hi])
}
