// time.Now and time.Since measure elapsed time; only comparisons are printed, never the values.
package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(50 * time.Millisecond)
	elapsed := time.Since(start)
	fmt.Println(elapsed >= 50*time.Millisecond, elapsed < 5*time.Second)
	later := time.Now()
	fmt.Println(later.After(start), start.Before(later), later.Sub(start) >= elapsed)
	deadline := start.Add(time.Hour)
	fmt.Println(deadline.Sub(start), time.Until(deadline) > 59*time.Minute)
}
