// time.Duration prints through its String method: Println, %v, %s, inside structs, slices and maps;
// %d prints the nanoseconds.
package main

import (
	"fmt"
	"time"
)

type job struct {
	Name    string
	Timeout time.Duration
}

func main() {
	d := 1500 * time.Millisecond
	fmt.Println(d)
	fmt.Printf("%v %s %d %T\n", d, d, d, d)
	fmt.Printf("[%8v] [%-8v]\n", d, d)
	fmt.Println(job{"a", 80 * time.Millisecond})
	fmt.Printf("%+v\n", job{"b", 2 * time.Second})
	fmt.Println([]time.Duration{time.Second, time.Minute})
	fmt.Println(map[string]time.Duration{"x": time.Hour})
	fmt.Println(&job{"c", time.Microsecond})
	fmt.Println(fmt.Sprint(d), d.String())
}
