// A function handed to time.AfterFunc stays alive while its timer is armed, even when the program
// keeps no reference to the *Timer; a stopped and reset timer still runs its function.
package main

import (
	"fmt"
	"sort"
	"sync"
	"time"
)

func churn() int {
	n := 0
	for i := 0; i < 3000; i++ {
		parts := make([]string, 0, 4)
		for j := 0; j < 4; j++ {
			parts = append(parts, fmt.Sprint("garbage-", i, "-", j))
		}
		m := map[int][]int{i: make([]int, 100)}
		n += len(parts) + len(m[i])
	}
	return n
}

func main() {
	var mu sync.Mutex
	var got []string
	var wg sync.WaitGroup
	for i := 0; i < 3; i++ {
		msg := fmt.Sprint("fired ", i, " with ", []int{i, i * 10})
		wg.Add(1)
		time.AfterFunc(time.Duration(20*(i+1))*time.Millisecond, func() {
			mu.Lock()
			got = append(got, msg)
			mu.Unlock()
			wg.Done()
		})
	}
	t := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stopped:", t.Stop())
	label := fmt.Sprint("reset", "-timer")
	wg.Add(1)
	r := time.AfterFunc(time.Hour, func() {
		mu.Lock()
		got = append(got, label)
		mu.Unlock()
		wg.Done()
	})
	r.Stop()
	r.Reset(100 * time.Millisecond)
	r = nil
	fmt.Println("churn:", churn())
	wg.Wait()
	sort.Strings(got) // a slow churn may let the timers fire together
	for _, g := range got {
		fmt.Println(g)
	}
}
