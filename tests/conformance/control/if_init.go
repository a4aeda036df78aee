// if with an init statement: the variables are scoped to the if and its else branches.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"12", "x", "-4"} {
		if n, err := strconv.Atoi(s); err != nil {
			fmt.Println("bad:", err)
		} else if n < 0 {
			fmt.Println("negative", n)
		} else {
			fmt.Println("ok", n)
		}
	}
	m := map[string]int{"a": 1}
	if v, ok := m["a"]; ok {
		fmt.Println("a =", v)
	}
	if v, ok := m["b"]; !ok {
		fmt.Println("no b, v =", v)
	}
}
