package main

import (
	"fmt"
	"strings"
)

// Select picks uniformly among ready cases, so priority needs a nested select: drain the urgent
// channel first, then wait on both. Nil channels switch cases off once their input is closed.
func main() {
	urgent := make(chan string, 10)
	normal := make(chan string, 10)
	for i := 1; i <= 4; i++ {
		normal <- fmt.Sprintf("n%d", i)
	}
	for i := 1; i <= 3; i++ {
		urgent <- fmt.Sprintf("U%d", i)
	}
	close(urgent)
	close(normal)

	var order []string
	u, n := urgent, normal
	for u != nil || n != nil {
		select {
		case msg, ok := <-u:
			if !ok {
				u = nil
				continue
			}
			order = append(order, msg)
			continue
		default:
		}
		select {
		case msg, ok := <-u:
			if !ok {
				u = nil
				continue
			}
			order = append(order, msg)
		case msg, ok := <-n:
			if !ok {
				n = nil
				continue
			}
			order = append(order, msg)
		}
	}
	fmt.Println(strings.Join(order, " "))

	// Uniform choice: with both ready, each side is picked about half the time.
	a, b := make(chan int, 1), make(chan int, 1)
	picks := map[string]int{}
	for i := 0; i < 2000; i++ {
		a <- 1
		b <- 2
		select {
		case <-a:
			picks["a"]++
			<-b
		case <-b:
			picks["b"]++
			<-a
		}
	}
	fmt.Println("both picked often:", picks["a"] > 800 && picks["b"] > 800, picks["a"]+picks["b"])

	var never chan int
	select {
	case v := <-never:
		fmt.Println("impossible", v)
	default:
		fmt.Println("nil channel is never ready")
	}
}
