// Send with no receiver, fixed: the goroutine's send also watches ctx.Done(),
// and lookup cancels the context when it returns, on every path.
package main

import (
	"context"
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

func lookup(ctx context.Context, key string) string {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel() // FIX: leaving lookup tells the goroutine nobody is listening
	result := make(chan string)
	go func() {
		v := slowFetch(key)
		select {
		case result <- v:
		case <-ctx.Done(): // FIX: give up the send once lookup has returned
		}
	}()
	if v, ok := cache[key]; ok {
		return v
	}
	return <-result
}

func main() {
	ctx := context.Background()
	for _, key := range []string{"go", "zig", "go", "rust", "go"} {
		fmt.Println(key, "->", lookup(ctx, key))
	}
	time.Sleep(50 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
