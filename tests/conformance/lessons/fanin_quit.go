package main

import (
	"fmt"
	"strings"
	"time"
)

// Fan-in with a quit channel, from "Go Concurrency Patterns": main tells a talker to stop, and the
// talker answers on the same channel after cleaning up, so main knows it has really finished.
func talker(name string, quit chan string) <-chan string {
	c := make(chan string)
	go func() {
		for i := 0; ; i++ {
			select {
			case c <- fmt.Sprintf("%s: %d", name, i):
				time.Sleep(15 * time.Millisecond)
			case <-quit:
				cleanup := strings.ToUpper(name) + " cleaned up"
				quit <- cleanup
				return
			}
		}
	}()
	return c
}

func merge(cs ...<-chan string) <-chan string {
	out := make(chan string)
	for _, c := range cs {
		go func(c <-chan string) {
			for s := range c {
				out <- s
			}
		}(c)
	}
	return out
}

func main() {
	quit := make(chan string)
	c := talker("ann", quit)
	for i := 0; i < 4; i++ {
		fmt.Println(<-c)
	}
	quit <- "bye"
	fmt.Println("ann says:", <-quit)

	q1, q2 := make(chan string), make(chan string)
	all := merge(talker("bob", q1), talker("cy", q2))
	counts := map[string]int{}
	for i := 0; i < 6; i++ {
		s := <-all
		counts[strings.Split(s, ":")[0]]++
	}
	fmt.Println("both talked:", counts["bob"] > 0 && counts["cy"] > 0, "total", counts["bob"]+counts["cy"])
	for _, q := range []chan string{q1, q2} {
		for {
			select {
			case q <- "bye":
				fmt.Println(<-q)
			case <-all:
				continue // a message still in flight
			}
			break
		}
	}
}
