// A type is not a value: `wg := sync.WaitGroup` or `ch := chan int` are refused.
package main

import (
	"fmt"
	"sync"
)

type counter struct{ n int }

func main() {
	wg := sync.WaitGroup
	ch := chan int
	c := counter
	fmt.Println(wg, ch, c)
}
