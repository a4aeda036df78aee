package main

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"
)

// What one processor does with goroutines, as a teacher demonstrates it with GOMAXPROCS(1): a new
// goroutine runs next (before older ones), the rest in the order they were started; Gosched
// hands over the processor; a blocked receiver or locker wakes in that same order.
var out []string

func say(format string, a ...interface{}) { out = append(out, fmt.Sprintf(format, a...)) }

func flush(title string) {
	fmt.Printf("%-8s %s\n", title+":", strings.Join(out, " "))
	out = nil
}

func main() {
	runtime.GOMAXPROCS(1)
	for i := 0; i < 5; i++ {
		go say("g%d", i)
	}
	time.Sleep(10 * time.Millisecond)
	flush("spawn")

	var wg sync.WaitGroup
	wg.Add(2)
	for _, name := range []string{"a", "b"} {
		go func(name string) {
			defer wg.Done()
			for i := 0; i < 3; i++ {
				say("%s%d", name, i)
				runtime.Gosched()
			}
		}(name)
	}
	for i := 0; i < 3; i++ {
		say("main%d", i)
		runtime.Gosched()
	}
	wg.Wait()
	flush("gosched")

	ch := make(chan int)
	for i := 0; i < 4; i++ {
		go func(i int) { ch <- i }(i)
	}
	for i := 0; i < 4; i++ {
		say("%d", <-ch)
	}
	flush("receive")

	var mu sync.Mutex
	mu.Lock()
	for i := 0; i < 3; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			mu.Lock()
			say("L%d", i)
			mu.Unlock()
		}(i)
	}
	time.Sleep(time.Millisecond)
	mu.Unlock()
	wg.Wait()
	flush("mutex")
}
