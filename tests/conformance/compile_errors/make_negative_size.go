// make's constant sizes must be non-negative, fit an int, and a slice's length may not exceed
// its capacity.
package main

import "fmt"

func main() {
	ch := make(chan int, -1)
	s := make([]int, 1<<62)
	t := make([]int, 10, 5)
	u := make([]int, -2)
	big := make([]byte, 1<<63)
	m := make(map[string]int, -1)
	f := make([]int, 2.5)
	fmt.Println(ch, len(s), t, u, big, m, f)
}
