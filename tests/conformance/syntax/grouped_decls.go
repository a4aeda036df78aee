// Grouped imports, grouped var and const blocks, package-level variables initialised by calls and
// composite literals, and initialisation order that follows dependencies, not source order.
package main

import (
	"errors"
	"fmt"
	"time"
)

const (
	linger = 80 * time.Millisecond
	name   = "grouped"
)

var (
	ErrStop  = errors.New("stop")
	total    = first + second // initialised after first and second
	first    = 1
	second   = double(first)
	primes   = []int{2, 3, 5, 7}
	settings = map[string]int{"b": 2, "a": 1}
)

func double(x int) int { return x * 2 }

func main() {
	fmt.Println(name, linger, ErrStop)
	fmt.Println(total, first, second)
	fmt.Println(primes, settings)
}
