// context.WithCancel and WithTimeout return two values: a single variable is an assignment
// mismatch, and the cancel func must be used.
package main

import (
	"context"
	"time"
)

func main() {
	ctx := context.WithCancel(context.Background())
	ctx2, cancel := context.WithTimeout(context.Background(), time.Second)
	var c3 context.Context = context.WithDeadline(context.Background(), time.Now())
	_, _ = ctx, ctx2
	_ = c3
}
