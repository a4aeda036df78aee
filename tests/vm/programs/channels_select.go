package main

import (
	"context"
	"fmt"
	"sync"
	"time"
)

func gen(ctx context.Context, n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func square(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- v * v
		}
	}()
	return out
}

func main() {
	ctx, cancel := context.WithCancel(context.Background())
	total := 0
	for v := range square(gen(ctx, 5)) {
		total += v
	}
	cancel()
	fmt.Println("total", total, ctx.Err())

	ch := make(chan string, 2)
	ch <- "a"
	ch <- "b"
	fmt.Println(len(ch), cap(ch))
	close(ch)
	for s := range ch {
		fmt.Print(s)
	}
	v, ok := <-ch
	fmt.Printf(" %q %v\n", v, ok)

	tctx, tcancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer tcancel()
	select {
	case <-tctx.Done():
		fmt.Println("timed out:", tctx.Err())
	case <-time.After(time.Second):
		fmt.Println("after")
	}

	var mu sync.Mutex
	var wg sync.WaitGroup
	count := 0
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			mu.Lock()
			count++
			mu.Unlock()
		}()
	}
	wg.Wait()
	fmt.Println("count", count)

	var once sync.Once
	for i := 0; i < 3; i++ {
		once.Do(func() { fmt.Println("once") })
	}

	done := make(chan struct{})
	ticks := 0
	ticker := time.NewTicker(10 * time.Millisecond)
	go func() {
		time.Sleep(55 * time.Millisecond)
		close(done)
	}()
loop:
	for {
		select {
		case <-ticker.C:
			ticks++
		case <-done:
			break loop
		}
	}
	ticker.Stop()
	fmt.Println("ticks", ticks)

	sel := make(chan int)
	select {
	case x := <-sel:
		fmt.Println(x)
	default:
		fmt.Println("nothing ready")
	}
	fmt.Println(time.Duration(1500)*time.Microsecond, 90*time.Minute, time.Duration(0), -2*time.Second, 3*time.Microsecond)
}
