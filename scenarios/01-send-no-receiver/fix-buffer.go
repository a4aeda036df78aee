// Send with no receiver, fixed: the result channel has room for one value, so
// the goroutine can always deliver its answer and return, read or not.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"time"
)

var cache = map[string]string{"go": "GOPHER"}

// slowFetch stands for a call to a remote service.
func slowFetch(key string) string {
	time.Sleep(10 * time.Millisecond)
	return strings.ToUpper(key)
}

func lookup(key string) string {
	result := make(chan string, 1) // FIX: a buffer of one; the single send never waits
	go func() {
		result <- slowFetch(key)
	}()
	if v, ok := cache[key]; ok {
		return v // the unread answer is collected with the channel
	}
	return <-result
}

func main() {
	for _, key := range []string{"go", "zig", "go", "rust", "go"} {
		fmt.Println(key, "->", lookup(key))
	}
	time.Sleep(50 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
