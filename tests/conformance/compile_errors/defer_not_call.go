// defer needs a call: a method value (the classic `defer mu.Unlock`), a builtin or a
// parenthesised call are refused, and a conversion is not a call.
package main

import "sync"

func main() {
	var mu sync.Mutex
	mu.Lock()
	defer mu.Unlock
	ch := make(chan int)
	defer close
	defer (close(ch))
	defer int(3)
}
