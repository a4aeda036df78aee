package main

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// Request-scoped values through context.WithValue with unexported key types (so packages cannot
// collide), a middleware chain that adds them, and a handler that honours the deadline.
type ctxKey int

const (
	requestIDKey ctxKey = iota
	userKey
)

type Handler func(ctx context.Context, path string) string

func withRequestID(next Handler) Handler {
	n := 0
	return func(ctx context.Context, path string) string {
		n++
		return next(context.WithValue(ctx, requestIDKey, fmt.Sprintf("req-%03d", n)), path)
	}
}

func withUser(next Handler) Handler {
	return func(ctx context.Context, path string) string {
		user := "anonymous"
		if strings.HasPrefix(path, "/admin") {
			user = "root"
		}
		return next(context.WithValue(ctx, userKey, user), path)
	}
}

func withTimeout(d time.Duration, next Handler) Handler {
	return func(ctx context.Context, path string) string {
		ctx, cancel := context.WithTimeout(ctx, d)
		defer cancel()
		return next(ctx, path)
	}
}

func handle(ctx context.Context, path string) string {
	id, _ := ctx.Value(requestIDKey).(string)
	user, _ := ctx.Value(userKey).(string)
	work := time.Duration(len(path)) * 10 * time.Millisecond
	select {
	case <-time.After(work):
		return fmt.Sprintf("%s %s %s: 200 OK", id, user, path)
	case <-ctx.Done():
		return fmt.Sprintf("%s %s %s: 503 (%v)", id, user, path, ctx.Err())
	}
}

func main() {
	h := withRequestID(withUser(withTimeout(65*time.Millisecond, handle)))
	for _, p := range []string{"/", "/home", "/admin/users", "/x"} {
		fmt.Println(h(context.Background(), p))
	}
	ctx := context.WithValue(context.Background(), "plain", "string keys work too")
	fmt.Println(ctx.Value("plain"), ctx.Value(userKey), ctx.Value(requestIDKey) == nil)
	fmt.Println(ctx)
	c2, cancel := context.WithCancel(ctx)
	fmt.Println(c2.Value("plain"), c2.Err())
	cancel()
	fmt.Println(c2.Err(), ctx.Err())
}
