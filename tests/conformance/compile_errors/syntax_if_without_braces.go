// if needs a block: the C style single statement body is refused.
package main

import "fmt"

func main() {
	x := 1
	if x > 0 fmt.Println("positive")
}
