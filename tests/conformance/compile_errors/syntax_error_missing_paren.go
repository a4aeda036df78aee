// A syntax error: an unclosed call.
package main

import "fmt"

func main() {
	fmt.Println("a", "b"
}
