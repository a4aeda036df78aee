// Duration arithmetic: time.Duration(n) * unit, division, comparisons, Seconds() as float,
// Milliseconds(), and how results print.
package main

import (
	"fmt"
	"time"
)

func main() {
	n := 3
	d := time.Duration(n) * time.Millisecond
	fmt.Println(d, d*2, d/2, d+time.Second, time.Second-d, -d)
	fmt.Println(time.Duration(1500)*time.Microsecond, 90*time.Second, 36*time.Hour+time.Nanosecond)
	total := time.Duration(0)
	for i := 1; i <= 4; i++ {
		total += time.Duration(i) * 250 * time.Millisecond
	}
	fmt.Println(total, total.Seconds(), total.Milliseconds(), total > 2*time.Second, total/time.Millisecond)
	per := total / 4
	fmt.Printf("%v %d %.2f %s\n", per, per, per.Seconds(), per.String())
	timeout := 50 * time.Millisecond
	fmt.Println(timeout.Microseconds(), timeout.Nanoseconds(), float64(timeout)/float64(time.Second))
	fmt.Println(time.Duration(1<<63-1), time.Duration(-1<<63))
	var zero time.Duration
	fmt.Println(zero, zero == 0, time.Minute.Round(7*time.Second), (1500 * time.Millisecond).Round(time.Second))
}
