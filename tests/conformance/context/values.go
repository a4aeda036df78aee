// WithValue: lookups walk up the chain; an unknown key gives nil; keys of distinct types never clash.
package main

import (
	"context"
	"fmt"
)

type ctxKey string
type otherKey string

func handle(ctx context.Context) {
	fmt.Println("user:", ctx.Value(ctxKey("user")), "trace:", ctx.Value(ctxKey("trace")))
}

func main() {
	ctx := context.WithValue(context.Background(), ctxKey("user"), "ann")
	ctx = context.WithValue(ctx, ctxKey("trace"), 42)
	handle(ctx)
	fmt.Println(ctx.Value(otherKey("user")), ctx.Value("user"))
	shadow := context.WithValue(ctx, ctxKey("user"), "bob")
	handle(shadow)
	handle(ctx)
	c, cancel := context.WithCancel(shadow)
	cancel()
	fmt.Println(c.Value(ctxKey("user")), c.Err())
	if id, ok := ctx.Value(ctxKey("trace")).(int); ok {
		fmt.Println("trace id", id+1)
	}
}
