package main

// stack: full

import (
	"fmt"
	"strings"
	"time"
)

// Ping-pong from "Advanced Go Concurrency Patterns": two players pass a ball over a table
// channel. At the end main takes the ball off the table and panics, to show every goroutine's
// stack: both players are blocked receiving from the table.
type Ball struct{ hits int }

func player(name string, table chan *Ball, log chan<- string) {
	for {
		ball := <-table
		ball.hits++
		log <- fmt.Sprintf("%s %d", name, ball.hits)
		time.Sleep(5 * time.Millisecond)
		table <- ball
	}
}

func main() {
	table := make(chan *Ball)
	log := make(chan string, 100)
	go player("ping", table, log)
	go player("pong", table, log)

	table <- new(Ball) // game on; toss the ball
	time.Sleep(52 * time.Millisecond)
	ball := <-table // game over; grab the ball
	close(log)
	n, alternated, last := 0, true, ""
	for line := range log {
		n++
		name := strings.Fields(line)[0]
		alternated = alternated && name != last
		last = name
	}
	fmt.Println("rally of at least 5:", ball.hits >= 5, "one line per hit:", n == ball.hits, "players alternated:", alternated)
	panic("show me the stacks")
}
