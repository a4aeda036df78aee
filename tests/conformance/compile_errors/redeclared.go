// Redeclaring a name in the same scope, at package level and locally.
package main

import "fmt"

func helper() {}

func helper() {}

func main() {
	var v int
	var v string
	fmt.Println(v)
}
