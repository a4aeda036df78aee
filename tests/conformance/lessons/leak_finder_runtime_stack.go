package main

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"time"
)

// Finding leaked goroutines from inside the program, as a teacher shows it: runtime.Stack(buf,
// true) dumps every goroutine; counting their states and the functions they are stuck in tells
// which code leaks, without reading addresses or goroutine ids (they vary from run to run).
func leakyWorker(jobs <-chan int) {
	for range jobs { // nobody closes jobs
	}
}

func stuckSender(out chan<- string) { out <- "result nobody reads" }

func sleeper() { time.Sleep(time.Hour) }

type census struct {
	states map[string]int
	funcs  map[string]int
}

func takeCensus() census {
	buf := make([]byte, 1<<20)
	buf = buf[:runtime.Stack(buf, true)]
	c := census{states: map[string]int{}, funcs: map[string]int{}}
	for _, block := range strings.Split(string(buf), "\n\n") {
		lines := strings.Split(block, "\n")
		header := lines[0] // "goroutine 7 [chan receive]:"
		state := header[strings.Index(header, "[")+1 : strings.LastIndex(header, "]")]
		c.states[state]++
		for _, l := range lines[1:] {
			if strings.HasPrefix(l, "main.") && !strings.HasPrefix(l, "main.main") && !strings.HasPrefix(l, "main.takeCensus") {
				c.funcs[l[:strings.Index(l, "(")]]++
				break
			}
		}
	}
	return c
}

func show(m map[string]int) string {
	var keys []string
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s=%d", k, m[k]))
	}
	return strings.Join(parts, " ")
}

func main() {
	for i := 0; i < 3; i++ {
		go leakyWorker(make(chan int))
	}
	for i := 0; i < 2; i++ {
		go stuckSender(make(chan string))
	}
	go sleeper()
	time.Sleep(10 * time.Millisecond)
	c := takeCensus()
	fmt.Println("goroutines:", runtime.NumGoroutine())
	fmt.Println("states:", show(c.states))
	fmt.Println("stuck in:", show(c.funcs))
}
