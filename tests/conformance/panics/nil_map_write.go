// exit: 2
// Writing to a nil map panics: "assignment to entry in nil map" (reading from one is fine).
package main

import "fmt"

func main() {
	var counts map[string]int
	fmt.Println(counts["x"], len(counts))
	counts["x"]++
}
