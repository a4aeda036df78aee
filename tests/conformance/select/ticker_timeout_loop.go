// A select loop over a ticker, a work channel and an overall timeout; the ticker is stopped
// and the loop left with a labelled break.
package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(20 * time.Millisecond)
	defer ticker.Stop()
	timeout := time.After(110 * time.Millisecond)
	work := make(chan string)
	go func() {
		time.Sleep(30 * time.Millisecond)
		work <- "job-a"
		time.Sleep(40 * time.Millisecond)
		work <- "job-b"
	}()
	ticks := 0
loop:
	for {
		select {
		case <-ticker.C:
			ticks++
		case w := <-work:
			fmt.Println("got", w)
		case <-timeout:
			fmt.Println("timeout")
			break loop
		}
	}
	fmt.Println("ticks in range:", ticks >= 4 && ticks <= 6)
}
