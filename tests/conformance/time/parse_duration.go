// time.ParseDuration accepts "1h30m", "1.5s", "300ms", "-2m"; errors are worded as Go's.
package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{"1h30m", "1.5s", "300ms", "-2m", "2h45m30.5s", "1us", "1µs", "0", "", "5", "1x", "abc", ".s", "1.s", "+3h"} {
		d, err := time.ParseDuration(s)
		fmt.Println(d, err)
	}
	d, _ := time.ParseDuration("90m")
	fmt.Println(d.Hours(), d.Minutes(), d.Round(time.Hour), d.Truncate(time.Hour))
}
