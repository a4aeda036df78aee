// Send with no receiver: lookup starts a goroutine to fetch a value, but on a
// cache hit it returns without ever reading the goroutine's answer.
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
	result := make(chan string) // unbuffered: a send waits for a receiver
	go func() {
		result <- slowFetch(key) // LEAK: after a cache hit nobody will ever receive this
	}()
	if v, ok := cache[key]; ok {
		return v // returns without reading result
	}
	return <-result
}

func main() {
	for _, key := range []string{"go", "zig", "go", "rust", "go"} {
		fmt.Println(key, "->", lookup(key))
	}
	time.Sleep(50 * time.Millisecond) // let the fetches finish and block
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
