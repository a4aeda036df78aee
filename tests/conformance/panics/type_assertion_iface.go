// exit: 2
// A failed assertion to an interface type names the missing method.
package main

import "fmt"

type closer interface{ Close() error }

func main() {
	var v interface{} = 3
	c := v.(closer)
	fmt.Println(c)
}
