package main

import (
	"fmt"
	"time"
)

// A connection state machine driven by select: events arrive on channels, timers drive retries,
// and each state decides which cases are live by setting the others to nil.
type State int

const (
	Disconnected State = iota
	Connecting
	Connected
	Closed
)

func (s State) String() string {
	return [...]string{"Disconnected", "Connecting", "Connected", "Closed"}[s]
}

type Event string

func main() {
	events := make(chan Event)
	var log []string
	done := make(chan struct{})

	go func() {
		defer close(done)
		state := Disconnected
		attempts := 0
		var retry <-chan time.Time
		var keepalive <-chan time.Time
		transition := func(to State, why string) {
			log = append(log, fmt.Sprintf("%-12v -> %-12v (%s)", state, to, why))
			state = to
		}
		for state != Closed {
			var ev <-chan Event = events
			select {
			case e := <-ev:
				switch {
				case e == "dial" && state == Disconnected:
					transition(Connecting, "dial")
					retry = time.After(30 * time.Millisecond)
				case e == "close":
					transition(Closed, "close")
				default:
					log = append(log, fmt.Sprintf("ignored %q in %v", e, state))
				}
			case <-retry:
				retry = nil
				attempts++
				if attempts < 3 {
					transition(Connecting, fmt.Sprintf("retry %d", attempts))
					retry = time.After(30 * time.Millisecond)
				} else {
					transition(Connected, "handshake")
					keepalive = time.After(50 * time.Millisecond)
				}
			case <-keepalive:
				keepalive = nil
				transition(Disconnected, "keepalive lost")
			}
		}
	}()

	events <- "dial"
	events <- "dial"
	time.Sleep(200 * time.Millisecond)
	events <- "hello"
	events <- "close"
	<-done
	for i, l := range log {
		fmt.Printf("%d. %s\n", i+1, l)
	}
	fmt.Printf("%v %d %s\n", Connected, Connected, State(3))
}
