// range over arrays, pointers to arrays, maps (sorted for output) and channels in one program.
package main

import (
	"fmt"
	"sort"
)

func main() {
	arr := [3]string{"x", "y", "z"}
	for i, v := range arr {
		arr[2] = "changed" // the array was copied when the range began
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	parr := &arr
	for i := range parr {
		parr[i] += "!"
	}
	fmt.Println(arr)

	ages := map[string]int{"bob": 30, "al": 25}
	names := make([]string, 0, len(ages))
	for name := range ages {
		names = append(names, name)
	}
	sort.Strings(names)
	fmt.Println(names)

	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	close(ch)
	for v := range ch {
		fmt.Print(v, " ")
	}
	fmt.Println()
}
