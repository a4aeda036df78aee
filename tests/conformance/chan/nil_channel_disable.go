// Setting a channel variable to nil disables its select case: merge two channels until both close.
package main

import "fmt"

func send(vals ...int) <-chan int {
	c := make(chan int)
	go func() {
		for _, v := range vals {
			c <- v
		}
		close(c)
	}()
	return c
}

func main() {
	a, b := send(1, 2, 3), send(10, 20)
	sum, n, closed := 0, 0, 0
	for a != nil || b != nil {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				closed++
				continue
			}
			sum += v
			n++
		case v, ok := <-b:
			if !ok {
				b = nil
				closed++
				continue
			}
			sum += v
			n++
		}
	}
	fmt.Println(n, sum, closed, "closed")
}
