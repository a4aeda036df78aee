package main

import (
	"fmt"
	"time"
)

// The channel chapters of Go by Example in one program: buffering, synchronization, directions,
// select, timeouts, non-blocking operations, closing channels, range over channels, timers.
func worker(done chan bool) {
	fmt.Print("working...")
	time.Sleep(100 * time.Millisecond)
	fmt.Println("done")
	done <- true
}

func ping(pings chan<- string, msg string) { pings <- msg }

func pong(pings <-chan string, pongs chan<- string) {
	msg := <-pings
	pongs <- msg
}

func main() {
	messages := make(chan string, 2)
	messages <- "buffered"
	messages <- "channel"
	fmt.Println(<-messages)
	fmt.Println(<-messages)

	done := make(chan bool, 1)
	go worker(done)
	<-done

	pings, pongs := make(chan string, 1), make(chan string, 1)
	ping(pings, "passed message")
	pong(pings, pongs)
	fmt.Println(<-pongs)

	c1, c2 := make(chan string), make(chan string)
	go func() { time.Sleep(100 * time.Millisecond); c1 <- "one" }()
	go func() { time.Sleep(200 * time.Millisecond); c2 <- "two" }()
	for i := 0; i < 2; i++ {
		select {
		case msg1 := <-c1:
			fmt.Println("received", msg1)
		case msg2 := <-c2:
			fmt.Println("received", msg2)
		}
	}

	r1 := make(chan string, 1)
	go func() { time.Sleep(200 * time.Millisecond); r1 <- "result 1" }()
	select {
	case res := <-r1:
		fmt.Println(res)
	case <-time.After(100 * time.Millisecond):
		fmt.Println("timeout 1")
	}
	r2 := make(chan string, 1)
	go func() { time.Sleep(200 * time.Millisecond); r2 <- "result 2" }()
	select {
	case res := <-r2:
		fmt.Println(res)
	case <-time.After(300 * time.Millisecond):
		fmt.Println("timeout 2")
	}

	msgs := make(chan string)
	signals := make(chan bool)
	select {
	case msg := <-msgs:
		fmt.Println("received message", msg)
	default:
		fmt.Println("no message received")
	}
	msg := "hi"
	select {
	case msgs <- msg:
		fmt.Println("sent message", msg)
	default:
		fmt.Println("no message sent")
	}
	select {
	case msg := <-msgs:
		fmt.Println("received message", msg)
	case sig := <-signals:
		fmt.Println("received signal", sig)
	default:
		fmt.Println("no activity")
	}

	jobs := make(chan int, 5)
	finished := make(chan []string)
	go func() { // the receiver's lines are printed after the sender's, to keep a fixed order
		var got []string
		for {
			j, more := <-jobs
			if more {
				got = append(got, fmt.Sprint("received job ", j))
			} else {
				finished <- append(got, "received all jobs")
				return
			}
		}
	}()
	for j := 1; j <= 3; j++ {
		jobs <- j
		fmt.Println("sent job", j)
	}
	close(jobs)
	fmt.Println("sent all jobs")
	for _, line := range <-finished {
		fmt.Println(line)
	}
	_, ok := <-jobs
	fmt.Println("received more jobs:", ok)

	queue := make(chan string, 2)
	queue <- "one"
	queue <- "two"
	close(queue)
	for elem := range queue {
		fmt.Println(elem)
	}

	timer1 := time.NewTimer(200 * time.Millisecond)
	<-timer1.C
	fmt.Println("Timer 1 fired")
	timer2 := time.NewTimer(100 * time.Millisecond)
	go func() {
		<-timer2.C
		fmt.Println("Timer 2 fired")
	}()
	if stop2 := timer2.Stop(); stop2 {
		fmt.Println("Timer 2 stopped")
	}
	time.Sleep(200 * time.Millisecond)
}
