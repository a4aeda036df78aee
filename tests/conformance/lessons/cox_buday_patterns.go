package main

import (
	"fmt"
)

// Generator helpers from "Concurrency in Go" (Cox-Buday): repeat, take, repeatFn, orDone, tee and
// bridge, all stopped by a done channel so none of them leaks.
func repeat(done <-chan struct{}, values ...interface{}) <-chan interface{} {
	out := make(chan interface{})
	go func() {
		defer close(out)
		for {
			for _, v := range values {
				select {
				case <-done:
					return
				case out <- v:
				}
			}
		}
	}()
	return out
}

func repeatFn(done <-chan struct{}, fn func() interface{}) <-chan interface{} {
	out := make(chan interface{})
	go func() {
		defer close(out)
		for {
			select {
			case <-done:
				return
			case out <- fn():
			}
		}
	}()
	return out
}

func take(done <-chan struct{}, in <-chan interface{}, n int) <-chan interface{} {
	out := make(chan interface{})
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			select {
			case <-done:
				return
			case out <- <-in:
			}
		}
	}()
	return out
}

func orDone(done <-chan struct{}, c <-chan interface{}) <-chan interface{} {
	out := make(chan interface{})
	go func() {
		defer close(out)
		for {
			select {
			case <-done:
				return
			case v, ok := <-c:
				if !ok {
					return
				}
				select {
				case out <- v:
				case <-done:
				}
			}
		}
	}()
	return out
}

func tee(done <-chan struct{}, in <-chan interface{}) (<-chan interface{}, <-chan interface{}) {
	out1, out2 := make(chan interface{}), make(chan interface{})
	go func() {
		defer close(out1)
		defer close(out2)
		for v := range orDone(done, in) {
			var o1, o2 = out1, out2
			for i := 0; i < 2; i++ {
				select {
				case o1 <- v:
					o1 = nil
				case o2 <- v:
					o2 = nil
				}
			}
		}
	}()
	return out1, out2
}

func bridge(done <-chan struct{}, chanStream <-chan <-chan interface{}) <-chan interface{} {
	out := make(chan interface{})
	go func() {
		defer close(out)
		for {
			var stream <-chan interface{}
			select {
			case s, ok := <-chanStream:
				if !ok {
					return
				}
				stream = s
			case <-done:
				return
			}
			for v := range orDone(done, stream) {
				select {
				case out <- v:
				case <-done:
				}
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	defer close(done)
	for v := range take(done, repeat(done, 1, "two", 3.0), 7) {
		fmt.Printf("%v(%T) ", v, v)
	}
	fmt.Println()
	n := 0
	counter := func() interface{} { n++; return n * n }
	var squares []interface{}
	for v := range take(done, repeatFn(done, counter), 5) {
		squares = append(squares, v)
	}
	fmt.Println(squares)

	a, b := tee(done, take(done, repeat(done, "x", "y"), 4))
	for v := range a {
		fmt.Println("tee:", v, <-b)
	}

	streams := make(chan (<-chan interface{}))
	go func() {
		defer close(streams)
		for i := 0; i < 3; i++ {
			s := make(chan interface{}, 2)
			s <- i * 10
			s <- i*10 + 1
			close(s)
			streams <- s
		}
	}()
	for v := range bridge(done, streams) {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
