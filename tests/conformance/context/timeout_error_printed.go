// A call with a context timeout: the error printed is "context deadline exceeded", matched by
// errors.Is, wrapped with %w, and ctx.Err() stays set; a cancelled context gives Canceled.
package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func slowOp(ctx context.Context, d time.Duration) (string, error) {
	select {
	case <-time.After(d):
		return "done after " + d.String(), nil
	case <-ctx.Done():
		return "", fmt.Errorf("slowOp: %w", ctx.Err())
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	res, err := slowOp(ctx, 10*time.Millisecond)
	fmt.Println(res, err)
	res, err = slowOp(ctx, 100*time.Millisecond)
	fmt.Printf("%q %v\n", res, err)
	fmt.Println(errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled), ctx.Err())
	ctx2, cancel2 := context.WithCancel(context.Background())
	cancel2()
	_, err = slowOp(ctx2, time.Second)
	fmt.Println(err, errors.Is(err, context.Canceled))
	fmt.Printf("%T %v\n", context.DeadlineExceeded, context.DeadlineExceeded)
}
