// ctx.Err without the call is a func value: comparing it with an error is refused, and
// printing it is not the error.
package main

import (
	"context"
	"fmt"
)

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if ctx.Err == context.Canceled {
		fmt.Println("canceled")
	}
	var err error = ctx.Err
	fmt.Println(err)
}
