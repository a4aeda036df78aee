// WithTimeout: Done closes after the timeout and Err is DeadlineExceeded; cancel before then gives
// Canceled. Contexts start no goroutines.
package main

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"time"
)

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Millisecond)
	defer cancel()
	fmt.Println("goroutines:", runtime.NumGoroutine())
	_, has := ctx.Deadline()
	fmt.Println("has deadline:", has)
	<-ctx.Done()
	fmt.Println(ctx.Err())
	fmt.Println(errors.Is(ctx.Err(), context.DeadlineExceeded), ctx.Err() == context.DeadlineExceeded)

	ctx2, cancel2 := context.WithTimeout(context.Background(), time.Hour)
	cancel2()
	fmt.Println(ctx2.Err())

	var de interface{ Timeout() bool }
	if errors.As(ctx.Err(), &de) {
		fmt.Println("timeout error:", de.Timeout())
	}
}
