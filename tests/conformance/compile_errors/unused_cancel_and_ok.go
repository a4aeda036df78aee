// Variables from multi-value results must be used too: a cancel func, an ok, an error.
package main

import (
	"context"
	"strconv"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	_ = ctx
	var x interface{} = 1
	v, ok := x.(int)
	_ = v
	n, err := strconv.Atoi("1")
	_ = n
}
