// range works over slices, arrays, strings, maps and channels (and a pointer to an array).
package main

import "fmt"

type point struct{ x, y int }

func main() {
	p := point{1, 2}
	for i := range p {
		fmt.Println(i)
	}
	f := 3.5
	for range f {
	}
	var ptr *[]int
	for _, v := range ptr {
		fmt.Println(v)
	}
	for k, v, w := range []int{1} {
	}
}
