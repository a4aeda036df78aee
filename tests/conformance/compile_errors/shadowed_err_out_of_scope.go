// A variable declared in an if statement's init exists only inside the if; using it after is
// undefined.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	if n, err := strconv.Atoi("12"); err != nil {
		fmt.Println("bad")
	}
	fmt.Println(n, err)
	for i := 0; i < 2; i++ {
	}
	fmt.Println(i)
}
