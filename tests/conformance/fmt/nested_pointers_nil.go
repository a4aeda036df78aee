// Printing nil pointers, nil errors and nil interfaces in various positions.
package main

import (
	"errors"
	"fmt"
)

type result struct {
	Val int
	Err error
}

type tree struct {
	Left, Right *tree
	V           int
}

func main() {
	fmt.Println(result{1, nil})
	fmt.Printf("%+v\n", result{2, errors.New("bad")})
	fmt.Println(tree{V: 3})
	fmt.Printf("%+v\n", tree{V: 4})
	fmt.Println(&tree{V: 5})
	var tp *tree
	fmt.Printf("%v %+v %s %d\n", tp, tp, tp, tp)
	var err error
	fmt.Printf("%v %s\n", err, err)
	fmt.Println([]error{nil, errors.New("e")})
	fmt.Println(map[string]interface{}{"a": nil, "b": 1})
}
