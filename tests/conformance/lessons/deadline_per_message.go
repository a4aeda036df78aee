package main

import (
	"context"
	"fmt"
	"time"
)

// Two timeouts at once: every message must arrive within 40ms of the previous one, and the whole
// conversation must end within 200ms. The per-message timer is a time.After made on every loop,
// the overall one a context deadline.
func talk(out chan<- string, gaps []int) {
	defer close(out)
	for i, g := range gaps {
		time.Sleep(time.Duration(g) * time.Millisecond)
		out <- fmt.Sprintf("message %d", i+1)
	}
}

func listen(ctx context.Context, in <-chan string) (int, string) {
	n := 0
	for {
		select {
		case msg, ok := <-in:
			if !ok {
				return n, "conversation ended"
			}
			n++
			_ = msg
		case <-time.After(40 * time.Millisecond):
			return n, "too quiet: no message for 40ms"
		case <-ctx.Done():
			return n, "overall deadline: " + ctx.Err().Error()
		}
	}
}

func main() {
	scenarios := []struct {
		name string
		gaps []int
	}{
		{"chatty", []int{10, 10, 10}},
		{"pause", []int{10, 10, 70, 10}},
		{"long", []int{30, 30, 30, 30, 30, 30, 30, 30, 30}},
	}
	for _, sc := range scenarios {
		ctx, cancel := context.WithTimeout(context.Background(), 200*time.Millisecond)
		ch := make(chan string)
		go talk(ch, sc.gaps)
		n, why := listen(ctx, ch)
		cancel()
		fmt.Printf("%-7s %d message(s): %s\n", sc.name, n, why)
		for range ch { // let the talker finish so it does not leak
		}
	}
}
