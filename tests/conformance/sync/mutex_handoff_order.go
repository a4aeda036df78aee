// Mutex.Lock blocks while another goroutine holds the lock; the holder's work completes first.
package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var mu sync.Mutex
	var log []string
	mu.Lock()
	done := make(chan bool)
	go func() {
		mu.Lock()
		log = append(log, "goroutine got the lock")
		mu.Unlock()
		done <- true
	}()
	time.Sleep(30 * time.Millisecond)
	log = append(log, "main still holds the lock")
	mu.Unlock()
	<-done
	fmt.Println(log)
}
