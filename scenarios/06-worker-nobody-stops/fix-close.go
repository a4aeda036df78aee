// Worker nobody stops, fixed: the owner of the jobs channel (the only sender)
// closes it when there is no more work, which ends the worker's range loop.
package main

import (
	"fmt"
	"runtime"
	"time"
)

func worker(jobs <-chan string) {
	for job := range jobs { // ends when jobs is closed and drained
		fmt.Println("worker: did", job)
	}
	fmt.Println("worker: exiting")
}

func submitAll(names []string) {
	jobs := make(chan string)
	go worker(jobs)
	defer close(jobs) // FIX: the sender owns the channel and closes it
	for _, name := range names {
		jobs <- name
	}
}

func main() {
	submitAll([]string{"resize", "upload", "notify"})
	time.Sleep(50 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
}
