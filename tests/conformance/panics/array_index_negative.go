// exit: 2
// A negative variable index panics with "index out of range [-1]".
package main

import "fmt"

func main() {
	a := [4]string{"a", "b", "c", "d"}
	i := -1
	fmt.Println(a[i+0])
}
