// A float constant times a Duration must still be an integral number of nanoseconds.
package main

import "time"

func main() {
	time.Sleep(1.5 * time.Second)
	time.Sleep(time.Second * 1.5)
	time.Sleep(time.Nanosecond * 1.5)
	time.Sleep(time.Second / 3)
	secs := 1.5
	time.Sleep(time.Duration(secs) * time.Second)
	time.Sleep(time.Duration(secs * float64(time.Second)))
}
