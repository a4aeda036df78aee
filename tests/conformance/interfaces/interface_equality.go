// Comparing interface values: equal when dynamic types and values are equal; errors compared with ==
// are compared by identity for pointer types.
package main

import (
	"errors"
	"fmt"
)

var ErrA = errors.New("a")

type key struct{ id int }

func main() {
	var x, y interface{} = 1, 1
	fmt.Println(x == y)
	y = int64(1)
	fmt.Println(x == y)
	x, y = "s", "s"
	fmt.Println(x == y)
	x, y = key{1}, key{1}
	fmt.Println(x == y)

	e1 := errors.New("a")
	fmt.Println(e1 == ErrA, ErrA == ErrA)
	var err error = ErrA
	fmt.Println(err == ErrA)

	m := map[interface{}]string{1: "int", "1": "string", key{2}: "key"}
	fmt.Println(m[1], m["1"], m[key{2}])
}
