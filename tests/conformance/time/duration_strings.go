// Duration's String form for every magnitude: 1.5s 80ms 2s 1h30m0s 0s 1.5ms 250ns -2s 3µs (U+00B5).
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{
		1500 * time.Millisecond, 80 * time.Millisecond, 2 * time.Second, 90 * time.Minute, 0,
		1500 * time.Microsecond, 250, -2 * time.Second, 3 * time.Microsecond, time.Nanosecond,
		time.Hour + time.Second, 100 * time.Hour, 61 * time.Second, 1001 * time.Millisecond,
		time.Duration(1<<63 - 1), -time.Duration(1 << 63 >> 1), 999999999, time.Minute + 500*time.Millisecond,
	}
	for _, d := range ds {
		fmt.Println(d)
	}
	fmt.Println([]byte(time.Microsecond.String()))
}
