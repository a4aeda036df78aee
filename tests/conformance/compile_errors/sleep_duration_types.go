// time.Duration is its own type: a float constant is truncated, an int variable needs a conversion.
package main

import "time"

func main() {
	n := 3
	time.Sleep(0.5)
	time.Sleep(n * time.Millisecond)
	var d time.Duration = n
	timeout := 2.5
	time.Sleep(timeout * time.Second)
	_ = d
}
