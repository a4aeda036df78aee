// A call with a per-call timeout via context.WithTimeout: fast calls succeed, slow ones fail with
// DeadlineExceeded, and the slow worker notices and stops.
package main

import (
	"context"
	"fmt"
	"time"
)

func fetch(ctx context.Context, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return fmt.Sprint("fetched in ", d), nil
	case <-ctx.Done():
		return "", ctx.Err()
	}
}

func call(d time.Duration) {
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	res, err := fetch(ctx, d)
	fmt.Printf("%q %v\n", res, err)
}

func main() {
	call(10 * time.Millisecond)
	call(200 * time.Millisecond)
	call(20 * time.Millisecond)
}
