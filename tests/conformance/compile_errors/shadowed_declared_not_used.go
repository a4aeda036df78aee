// := in an inner block declares a new variable that shadows the outer one; assigning it and
// never reading it is "declared but not used" even though the outer one is used.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	result := 0
	var err error
	for _, s := range []string{"1", "x"} {
		result, err := strconv.Atoi(s)
		if err != nil {
			fmt.Println("bad", s)
		}
	}
	if true {
		count := 1
		count = 2
	}
	fmt.Println(result, err)
}
