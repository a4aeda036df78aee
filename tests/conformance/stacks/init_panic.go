// stack: full
package main

import (
	"fmt"
	"strconv"
)

var limit = parse("12x")

func parse(s string) int {
	n, err := strconv.Atoi(s)
	if err != nil {
		panic(err)
	}
	return n
}

func main() {
	fmt.Println(limit)
}
