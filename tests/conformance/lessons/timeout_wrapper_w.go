package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

// A timeout wrapper: run a slow call under a deadline and wrap whatever went wrong with %w, so
// callers can still ask errors.Is / errors.As about the cause.
type NotFoundError struct{ Key string }

func (e *NotFoundError) Error() string { return "not found: " + e.Key }

var db = map[string]time.Duration{"fast": 10 * time.Millisecond, "slow": 500 * time.Millisecond}

func lookup(ctx context.Context, key string) (string, error) {
	delay, ok := db[key]
	if !ok {
		return "", &NotFoundError{key}
	}
	time.Sleep(delay) // a call that does not listen to ctx: only the wrapper can give up
	return "value-of-" + key, nil
}

func WithTimeout(d time.Duration, key string) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), d)
	defer cancel()
	type result struct {
		v   string
		err error
	}
	ch := make(chan result, 1) // buffered: the call can finish even if nobody waits
	go func() {
		v, err := lookup(ctx, key)
		ch <- result{v, err}
	}()
	select {
	case r := <-ch:
		if r.err != nil {
			return "", fmt.Errorf("lookup %q: %w", key, r.err)
		}
		return r.v, nil
	case <-ctx.Done():
		return "", fmt.Errorf("lookup %q timed out after %v: %w", key, d, ctx.Err())
	}
}

func main() {
	for _, key := range []string{"fast", "slow", "missing"} {
		v, err := WithTimeout(100*time.Millisecond, key)
		if err != nil {
			var nf *NotFoundError
			fmt.Println("error:", err)
			fmt.Println("  deadline?", errors.Is(err, context.DeadlineExceeded),
				"not found?", errors.As(err, &nf))
			if nf != nil {
				fmt.Printf("  missing key %q\n", nf.Key)
			}
			fmt.Println("  unwrapped:", errors.Unwrap(err))
			continue
		}
		fmt.Println("ok:", v)
	}
	wrapped := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", context.Canceled))
	fmt.Println(wrapped, errors.Is(wrapped, context.Canceled))
	fmt.Printf("%v | %s | %q\n", wrapped, errors.Unwrap(wrapped), errors.Unwrap(errors.Unwrap(wrapped)))
}
