// exit: 2
// Indexing a string past its length panics like a slice index.
package main

import "fmt"

func main() {
	s := "héllo"
	n := len(s)
	fmt.Println(n)
	fmt.Println(s[n])
}
