// Send with no receiver, fixed: lookup always receives the goroutine's answer,
// even when the cache already had one, so the send always completes.
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
	result := make(chan string)
	go func() {
		result <- slowFetch(key) // completes: lookup below always receives
	}()
	fetched := <-result // FIX: the caller takes the answer on every path
	if v, ok := cache[key]; ok {
		return v
	}
	return fetched
}

func main() {
	for _, key := range []string{"go", "zig", "go", "rust", "go"} {
		fmt.Println(key, "->", lookup(key))
	}
	time.Sleep(50 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
