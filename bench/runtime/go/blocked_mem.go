// Peer of goroscope-bench-runtime's blocked_mem: n goroutines, each blocked forever receiving from
// its own channel; prints the growth of resident memory per goroutine (channel included).
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

func rss() int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmRSS:") {
			var kb int64
			fmt.Sscanf(strings.TrimSpace(l[len("VmRSS:"):]), "%d", &kb)
			return kb * 1024
		}
	}
	return 0
}

func main() {
	n := flag.Int("n", 100000, "goroutines")
	flag.Parse()
	before := rss()
	for i := 0; i < *n; i++ {
		ch := make(chan int)
		go func() { <-ch }()
	}
	time.Sleep(100 * time.Millisecond) // let every goroutine reach its receive
	fmt.Printf("BENCH blocked_mem %.2f bytes/task\n", float64(rss()-before)/float64(*n))
}
