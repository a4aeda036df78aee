package main

import (
	"fmt"
	"time"
)

// Rob Pike's "Go Concurrency Patterns": a generator that returns a channel, fan-in multiplexing,
// and restoring sequence with a wait channel carried inside each message.
type Message struct {
	str  string
	wait chan bool
}

func boring(msg string, delay time.Duration) <-chan Message {
	c := make(chan Message)
	waitForIt := make(chan bool)
	go func() {
		for i := 0; ; i++ {
			c <- Message{fmt.Sprintf("%s %d", msg, i), waitForIt}
			time.Sleep(delay)
			<-waitForIt
		}
	}()
	return c
}

func fanIn(inputs ...<-chan Message) <-chan Message {
	c := make(chan Message)
	for _, in := range inputs {
		in := in
		go func() {
			for {
				c <- <-in
			}
		}()
	}
	return c
}

func simple(msg string) <-chan string {
	c := make(chan string)
	go func() {
		for i := 0; ; i++ {
			c <- fmt.Sprintf("%s says %d", msg, i)
			time.Sleep(time.Duration(10*(i+1)) * time.Millisecond)
		}
	}()
	return c
}

func main() {
	joe := simple("Joe")
	for i := 0; i < 3; i++ {
		fmt.Println(<-joe)
	}

	c := fanIn(boring("Ann", 10*time.Millisecond), boring("Joe", 40*time.Millisecond))
	for round := 0; round < 4; round++ {
		msg1 := <-c
		msg2 := <-c
		first, second := msg1.str, msg2.str
		if first > second {
			first, second = second, first
		}
		fmt.Println(first, "|", second)
		msg1.wait <- true
		msg2.wait <- true
	}

	timeout := time.After(100 * time.Millisecond)
	n := 0
	for {
		select {
		case s := <-joe:
			n++
			_ = s
		case <-timeout:
			fmt.Println("You talk too much.", n > 0)
			return
		}
	}
}
