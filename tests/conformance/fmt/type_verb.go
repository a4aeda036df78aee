// %T of many types.
package main

import (
	"errors"
	"fmt"
	"time"
)

type point struct{ X, Y int }
type celsius float64

func main() {
	var recv <-chan string
	var send chan<- int
	var fn func(int) (string, error)
	var iface interface{}
	var e error = errors.New("x")
	fmt.Printf("%T %T %T %T %T\n", 1, int64(1), uint8(1), 1.5, float32(1))
	fmt.Printf("%T %T %T %T %T\n", "s", 'r', byte('b'), true, nil)
	fmt.Printf("%T %T %T %T\n", point{}, &point{}, []int{}, [3]int{})
	fmt.Printf("%T %T %T %T\n", map[string]int{}, map[point][]string{}, []*point{}, [][]int{})
	fmt.Printf("%T %T %T %T\n", make(chan int), recv, send, make(chan struct{}))
	fmt.Printf("%T %T %T %T\n", fn, func() {}, struct{}{}, struct{ A int }{})
	fmt.Printf("%T %T %T\n", iface, e, fmt.Errorf("w: %w", e))
	fmt.Printf("%T %T %T\n", time.Second, celsius(1), []interface{}{1})
	fmt.Printf("%T %T\n", main, errors.New)
}
