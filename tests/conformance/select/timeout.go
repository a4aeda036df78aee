// select with a time.After case bounds a wait; the fast result wins, the slow one times out.
package main

import (
	"fmt"
	"time"
)

func work(d time.Duration) <-chan string {
	c := make(chan string, 1) // buffered: the worker never leaks if nobody waits
	go func() {
		time.Sleep(d)
		c <- fmt.Sprint("done in ", d)
	}()
	return c
}

func main() {
	for _, d := range []time.Duration{20 * time.Millisecond, 200 * time.Millisecond} {
		select {
		case r := <-work(d):
			fmt.Println(r)
		case <-time.After(80 * time.Millisecond):
			fmt.Println("timed out waiting for", d)
		}
	}
}
