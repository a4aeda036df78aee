// Calling methods that the type does not have, a field of a basic type, a misspelled method.
package main

import (
	"strings"
	"sync"
)

type timer struct{ elapsed int }

func (t *timer) Reset() { t.elapsed = 0 }

func main() {
	s := "hello"
	s.Len()
	n := 5
	_ = n.value
	var t timer
	t.reset()
	var mu sync.Mutex
	mu.lock()
	_ = strings.ToUpper(s).Trim()
}
