// time.Tick returns a channel of ticks (a ticker that is never stopped); a timeout bounds the loop
// (ticks at 40, 80, 120 ms; the deadline at 140 ms).
package main

import (
	"fmt"
	"time"
)

func main() {
	ticks := time.Tick(40 * time.Millisecond)
	deadline := time.After(140 * time.Millisecond)
	n := 0
	for {
		select {
		case <-ticks:
			n++
			fmt.Println("tick", n)
		case <-deadline:
			fmt.Println("done after", n, "ticks")
			return
		}
	}
}
