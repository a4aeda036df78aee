// blocked_mem: n goroutines, each blocked forever receiving from its own unbuffered channel. Prints
// the memory they cost, three ways (the metric is part of the name):
//   BENCH blocked_mem_sys <bytes> bytes/task          growth of runtime.MemStats.Sys (all memory Go
//                                                     obtained from the OS: stacks, heap, metadata)
//   BENCH blocked_mem_stackinuse <bytes> bytes/task   growth of MemStats.StackInuse (goroutine stacks)
//   BENCH blocked_mem_rss <bytes> bytes/task          growth of the peak resident set (VmHWM) over
//                                                     the resident set before spawning (VmRSS)
//   BENCH blocked_mem_vmhwm <kilobytes> kB            the process's peak resident set, absolute
package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
)

// procStatusKB reads one "Name:   123 kB" line of /proc/self/status; -1 if it is not there.
func procStatusKB(field string) int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(line, field+":") {
			words := strings.Fields(line[len(field)+1:])
			if len(words) > 0 {
				kb, err := strconv.ParseInt(words[0], 10, 64)
				if err == nil {
					return kb
				}
			}
		}
	}
	return -1
}

func main() {
	n := flag.Int("n", 100000, "goroutines")
	flag.Parse()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	rssBefore := procStatusKB("VmRSS")

	var started sync.WaitGroup
	started.Add(*n)
	chans := make([]chan int, *n) // kept reachable so the goroutines stay blocked, not collected
	for i := range chans {
		ch := make(chan int)
		chans[i] = ch
		go func() {
			started.Done()
			<-ch
		}()
	}
	started.Wait()
	runtime.GC()
	runtime.ReadMemStats(&after)
	hwm := procStatusKB("VmHWM")

	per := func(delta float64) float64 { return delta / float64(*n) }
	fmt.Printf("BENCH blocked_mem_sys %.0f bytes/task\n", per(float64(after.Sys)-float64(before.Sys)))
	fmt.Printf("BENCH blocked_mem_stackinuse %.0f bytes/task\n", per(float64(after.StackInuse)-float64(before.StackInuse)))
	if hwm >= 0 && rssBefore >= 0 {
		fmt.Printf("BENCH blocked_mem_rss %.0f bytes/task\n", per(float64(hwm-rssBefore)*1024))
		fmt.Printf("BENCH blocked_mem_vmhwm %d kB\n", hwm)
	}
	runtime.KeepAlive(chans)
}
