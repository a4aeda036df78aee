// Cancelling a parent cancels every descendant; cancelling a child leaves the parent running.
package main

import (
	"context"
	"fmt"
	"sync"
)

func main() {
	root, cancelRoot := context.WithCancel(context.Background())
	a, cancelA := context.WithCancel(root)
	b, cancelB := context.WithCancel(root)
	grand, cancelG := context.WithCancel(a)
	defer cancelB()
	defer cancelG()

	cancelA()
	fmt.Println("after cancel a:", root.Err(), a.Err(), b.Err(), grand.Err())

	var wg sync.WaitGroup
	out := make([]string, 2)
	for i, ctx := range []context.Context{b, root} {
		wg.Add(1)
		go func(i int, ctx context.Context) {
			defer wg.Done()
			<-ctx.Done()
			out[i] = ctx.Err().Error()
		}(i, ctx)
	}
	cancelRoot()
	wg.Wait()
	fmt.Println("after cancel root:", out)
}
