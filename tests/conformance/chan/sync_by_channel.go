// Strict alternation between two goroutines with unbuffered channels (ping-pong).
package main

import "fmt"

func main() {
	ping, pong := make(chan int), make(chan int)
	done := make(chan bool)
	go func() {
		for v := range ping {
			fmt.Println("ping", v)
			pong <- v + 1
		}
		close(pong)
	}()
	go func() {
		for v := range pong {
			fmt.Println("pong", v)
			if v >= 5 {
				close(ping)
				break
			}
			ping <- v + 1
		}
		done <- true
	}()
	ping <- 0
	<-done
}
