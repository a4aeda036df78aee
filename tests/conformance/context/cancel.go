// WithCancel: Done is closed and Err is Canceled after cancel; cancel is idempotent; the parent is
// unaffected.
package main

import (
	"context"
	"errors"
	"fmt"
)

func main() {
	parent := context.Background()
	ctx, cancel := context.WithCancel(parent)
	fmt.Println(ctx.Err())
	select {
	case <-ctx.Done():
		fmt.Println("done early?")
	default:
		fmt.Println("not done")
	}
	cancel()
	cancel()
	<-ctx.Done()
	fmt.Println(ctx.Err(), errors.Is(ctx.Err(), context.Canceled), ctx.Err() == context.Canceled)
	fmt.Println(parent.Err(), parent.Done() == nil)
	fmt.Println(context.Background(), context.TODO())
}
