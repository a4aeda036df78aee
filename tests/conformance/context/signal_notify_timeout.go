// A graceful-shutdown skeleton: signal.NotifyContext and signal.Notify (no signal arrives),
// a timeout stops the workers through the context; os.Interrupt and syscall signals print by
// name.
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"sort"
	"sync"
	"syscall"
	"time"
)

func worker(ctx context.Context, id int, wg *sync.WaitGroup, out chan<- string) {
	defer wg.Done()
	for {
		select {
		case <-ctx.Done():
			out <- fmt.Sprint("worker ", id, " stopping: ", ctx.Err())
			return
		case <-time.After(20 * time.Millisecond):
		}
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	ctx, cancel := context.WithTimeout(ctx, 70*time.Millisecond)
	defer cancel()
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, syscall.SIGTERM)
	out := make(chan string, 2)
	var wg sync.WaitGroup
	for i := 1; i <= 2; i++ {
		wg.Add(1)
		go worker(ctx, i, &wg, out)
	}
	select {
	case s := <-sigs:
		fmt.Println("signal", s)
	case <-ctx.Done():
	}
	wg.Wait()
	close(out)
	var lines []string
	for l := range out {
		lines = append(lines, l)
	}
	sort.Strings(lines)
	fmt.Println(lines)
	fmt.Println("shut down:", ctx.Err())
	fmt.Println(os.Interrupt, syscall.SIGTERM, os.Kill)
	fmt.Printf("%v %d %T\n", syscall.SIGINT, syscall.SIGINT, os.Interrupt)
}
