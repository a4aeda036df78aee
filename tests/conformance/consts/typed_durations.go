// Typed constants such as `const linger = 80 * time.Millisecond` and Duration arithmetic.
package main

import (
	"fmt"
	"time"
)

const (
	linger  = 80 * time.Millisecond
	timeout = 2 * time.Second
	tick    = time.Second / 4
)

func main() {
	fmt.Println(linger, timeout, tick)
	fmt.Println(timeout/linger, timeout%linger)
	for i := 1; i <= 3; i++ {
		fmt.Print(time.Duration(i)*time.Millisecond, " ")
	}
	fmt.Println()
	fmt.Println(linger.Milliseconds(), timeout.Seconds(), tick.Nanoseconds())
	var total time.Duration
	total += linger
	total += timeout
	fmt.Println(total, total > timeout)
}
