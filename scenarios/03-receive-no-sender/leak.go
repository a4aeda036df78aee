// Receive with no sender: n goroutines each wait for a result on their own
// channel, but nothing ever sends on those channels or closes them.
package main

import (
	"flag"
	"fmt"
	"runtime"
	"time"
)

func waitForResult(id int, result <-chan int) {
	v := <-result // LEAK: nobody sends on result and nobody closes it
	fmt.Println("worker", id, "got", v)
}

func main() {
	n := flag.Int("n", 2000, "number of goroutines")
	flag.Parse()

	for i := 0; i < *n; i++ {
		result := make(chan int) // only the goroutine keeps this channel
		go waitForResult(i, result)
	}

	time.Sleep(100 * time.Millisecond)
	fmt.Println("goroutines:", runtime.NumGoroutine())
	time.Sleep(time.Second) // waiting longer changes nothing
	fmt.Println("one second later:", runtime.NumGoroutine())
}
