package main

import (
	"fmt"
	"runtime"
	"time"
)

// time.After inside a select loop makes a new timer on every iteration: each message resets the
// idle timeout. Reusing one Timer with Stop/Reset does the same with one timer. Timers are not
// goroutines: NumGoroutine does not grow with them.
func producer(c chan<- int, gaps []time.Duration) {
	for i, g := range gaps {
		time.Sleep(g)
		c <- i
	}
}

func withAfter(c <-chan int, idle time.Duration) []int {
	var got []int
	for {
		select {
		case v := <-c:
			got = append(got, v)
		case <-time.After(idle):
			return got
		}
	}
}

func withTimer(c <-chan int, idle time.Duration) []int {
	var got []int
	t := time.NewTimer(idle)
	defer t.Stop()
	for {
		select {
		case v := <-c:
			got = append(got, v)
			if !t.Stop() {
				<-t.C
			}
			t.Reset(idle)
		case <-t.C:
			return got
		}
	}
}

func main() {
	gaps := []time.Duration{10, 20, 30, 10, 200, 10}
	for i := range gaps {
		gaps[i] *= time.Millisecond
	}
	base := runtime.NumGoroutine()
	c := make(chan int)
	go producer(c, gaps)
	fmt.Println("time.After:", withAfter(c, 100*time.Millisecond), "goroutines:", runtime.NumGoroutine()-base)
	<-c
	<-c
	time.Sleep(20 * time.Millisecond)

	c2 := make(chan int)
	go producer(c2, gaps)
	fmt.Println("one Timer:", withTimer(c2, 100*time.Millisecond))
	fmt.Println(<-c2, <-c2)
	time.Sleep(10 * time.Millisecond) // the producer has returned

	timers := make([]*time.Timer, 100)
	for i := range timers {
		timers[i] = time.NewTimer(time.Hour)
	}
	fmt.Println("100 timers, extra goroutines:", runtime.NumGoroutine()-base)
	stopped := 0
	for _, t := range timers {
		if t.Stop() {
			stopped++
		}
	}
	fmt.Println("stopped", stopped, "again:", timers[0].Stop(), "reset:", timers[0].Reset(time.Millisecond))
	<-timers[0].C
	fmt.Println("fired after reset")
}
