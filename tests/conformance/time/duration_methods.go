// Duration conversions and arithmetic: Seconds, Milliseconds, Minutes, Hours, Round, Truncate,
// division of durations, multiplication by an int via conversion.
package main

import (
	"fmt"
	"time"
)

func main() {
	d := 90*time.Minute + 30*time.Second + 250*time.Millisecond
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println(d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d.Round(time.Second), d.Truncate(time.Minute), d.Round(time.Hour))
	n := 4
	fmt.Println(time.Duration(n)*time.Second, time.Second*time.Duration(n))
	fmt.Println(time.Second/time.Millisecond, time.Minute/time.Duration(7))
	fmt.Println(time.Duration(2.5 * float64(time.Second)))
	fmt.Println(-d, d > time.Hour, d < 0)
	per := time.Second / 3
	fmt.Println(per, per*3)
}
