// Named results: naked return, and a deferred closure that modifies a named result after return.
package main

import (
	"errors"
	"fmt"
)

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func triple(x int) (result int) {
	defer func() { result *= 3 }()
	return x + 1 // result = x+1, then the defer triples it
}

func safeDiv(a, b int) (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("recovered: division by zero")
		}
	}()
	res = a / b
	return
}

func main() {
	fmt.Println(divmod(17, 5))
	fmt.Println(triple(4))
	fmt.Println(safeDiv(10, 2))
	fmt.Println(safeDiv(1, 0))
}
