// A name that is not a type used as one: a variable, a function, a package.
package main

import "fmt"

var limit = 10

func helper() {}

func main() {
	var a limit
	var b helper
	var c fmt
	var d undefinedType
	fmt.Println(a, b, c, d)
}
