// stack: full
package main

import "fmt"

func f(a []int, i int) int {
	return a[i]
}

func main() {
	defer func() {
		r := recover()
		fmt.Println("rec", r)
		panic(fmt.Sprint("again ", r))
	}()
	fmt.Println(f([]int{1, 2, 3}, 5))
}
