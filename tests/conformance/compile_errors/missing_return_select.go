// A select is terminating only when no case breaks out of it and every case ends in a
// terminating statement; a default that falls off the end needs a return after the select.
package main

import "time"

func first(a, b chan int) int {
	select {
	case v := <-a:
		return v
	case v := <-b:
		return v
	}
}

func withDefault(a chan int) int {
	select {
	case v := <-a:
		return v
	default:
	}
}

func withTimeout(a chan int) (int, bool) {
	select {
	case v := <-a:
		return v, true
	case <-time.After(time.Second):
		break
	}
}

func loop(a chan int) int {
	for {
		select {
		case v := <-a:
			return v
		}
	}
}

func main() {
	_, _, _, _ = first, withDefault, withTimeout, loop
}
