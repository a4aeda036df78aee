package main

import (
	"fmt"
	"sync"
	"time"
)

// A watchdog: a worker must "kick" it within a timeout, or the watchdog fires and restarts the
// worker. Uses time.AfterFunc and Timer.Reset; the restarts are counted and the worker's kicks
// come at fixed intervals, so the run is the same every time.
type Watchdog struct {
	mu       sync.Mutex
	timer    *time.Timer
	timeout  time.Duration
	fired    int
	onExpire func()
}

func NewWatchdog(timeout time.Duration, onExpire func()) *Watchdog {
	w := &Watchdog{timeout: timeout, onExpire: onExpire}
	w.timer = time.AfterFunc(timeout, w.expire)
	return w
}

func (w *Watchdog) expire() {
	w.mu.Lock()
	w.fired++
	w.mu.Unlock()
	w.onExpire()
}

func (w *Watchdog) Kick() bool { return w.timer.Reset(w.timeout) }

func (w *Watchdog) Stop() bool { return w.timer.Stop() }

func main() {
	events := make(chan string, 20)
	var wd *Watchdog
	wd = NewWatchdog(50*time.Millisecond, func() {
		events <- "watchdog: worker hung, restarting"
		wd.Kick() // give the restarted worker a fresh timeout
	})
	kicks := []time.Duration{20, 20, 20, 120, 20, 20}
	for i, gap := range kicks {
		time.Sleep(gap * time.Millisecond)
		active := wd.Kick()
		events <- fmt.Sprintf("kick %d after %dms (timer was active: %v)", i+1, gap, active)
	}
	fmt.Println("stopped while active:", wd.Stop())
	close(events)
	for e := range events {
		fmt.Println(e)
	}
	wd.mu.Lock()
	fmt.Println("watchdog fired", wd.fired, "time(s)")
	wd.mu.Unlock()
}
