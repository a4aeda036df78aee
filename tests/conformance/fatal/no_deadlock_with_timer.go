// A pending timer prevents the deadlock report: main waits for it although no goroutine can run.
package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(50 * time.Millisecond)
	ch := make(chan int)
	select {
	case <-ch:
	case <-t.C:
		fmt.Println("timer fired; no deadlock was reported while it was pending")
	}
}
