// ctx.Done is a method: without the call it is a func value, which cannot be received from or
// used as a channel in select.
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	select {
	case <-ctx.Done:
		fmt.Println("done")
	default:
	}
	<-ctx.Done
	var done <-chan struct{} = ctx.Done
	_ = done
}
