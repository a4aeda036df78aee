// Println separates every operand with a space and prints <nil>, [] and map[] for nil values.
package main

import (
	"errors"
	"fmt"
)

type pair struct{ A, B int }

func main() {
	var s []int
	var m map[string]int
	var p *pair
	var e error
	var i interface{}
	var ch chan int
	var f func()
	fmt.Println(s, m, p, e, i, ch == nil, f == nil)
	fmt.Println("a", 1, "b", 2.5, true, 'x', nil)
	fmt.Println(pair{1, 2}, &pair{3, 4}, []pair{{5, 6}}, []*pair{nil})
	fmt.Println(errors.New("oops"), [2]bool{true}, struct{}{}, []string{"a b", ""})
	fmt.Println()
	fmt.Println("")
	n, err := fmt.Println("counted")
	fmt.Println(n, err)
}
