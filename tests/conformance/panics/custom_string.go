// exit: 2
// panic with a string value prints it as is.
package main

import "fmt"

func main() {
	defer fmt.Println("deferred 1")
	defer fmt.Println("deferred 2")
	panic("something went wrong")
}
