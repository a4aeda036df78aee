// The time.Time values timers send (allocated when the timer fires, outside any goroutine) stay
// intact in channel buffers, variables and maps while the program allocates and collects.
package main

import (
	"fmt"
	"runtime"
	"strings"
	"time"
)

func churn(n int) int {
	total := 0
	for i := 0; i < n; i++ {
		s := strings.Repeat("x", i%50) + fmt.Sprint(i)
		total += len(s)
	}
	return total
}

func main() {
	start := time.Now()
	tk := time.NewTicker(time.Millisecond)
	var ticks []time.Time
	for len(ticks) < 5 {
		churn(200)
		runtime.GC()
		ticks = append(ticks, <-tk.C)
	}
	tk.Stop()
	ordered := true
	for i, t := range ticks {
		if !t.After(start) || (i > 0 && !t.After(ticks[i-1])) {
			ordered = false
		}
	}
	fmt.Println("ticks:", len(ticks), "ordered:", ordered)

	// A fired timer's Time waits in the buffer while nobody receives.
	tm := time.NewTimer(time.Millisecond)
	time.Sleep(5 * time.Millisecond)
	churn(500)
	runtime.GC()
	fired := <-tm.C
	fmt.Println("timer fired after start:", fired.After(start), fired.Sub(start) >= time.Millisecond)

	byName := map[string]time.Time{}
	for i := 0; i < 3; i++ {
		byName[fmt.Sprint("after", i)] = <-time.After(time.Millisecond)
		churn(100)
		runtime.GC()
	}
	fmt.Println(byName["after1"].After(byName["after0"]), byName["after2"].After(byName["after1"]))
	fmt.Println(ticks[0].Year() >= 2009, fired.Nanosecond() >= 0)
}
