// Ticker never stopped: a heartbeat goroutine loops on a ticker with no way
// out. It is never blocked for good, but it never finishes either.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func heartbeat(every time.Duration) {
	ticker := time.NewTicker(every) // never stopped
	for {                           // LEAK: no break, no return: this loop runs as long as the program
		<-ticker.C
		fmt.Println("beat")
	}
}

func main() {
	go heartbeat(40 * time.Millisecond)

	time.Sleep(100 * time.Millisecond) // two beats: at 40ms and 80ms
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
