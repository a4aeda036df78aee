// Every select case must be a send or a receive: a condition, a call or an assignment from a
// call is refused.
package main

import "time"

func ready() bool { return true }

func main() {
	ch := make(chan int)
	done := false
	select {
	case done:
	case ready():
	case v := ready():
		_ = v
	case <-time.After(time.Millisecond):
	}
	_ = ch
}
