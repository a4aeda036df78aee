package main

import "fmt"

type T struct{ n int }

type Shape interface{ Area() float64 }

func main() {
	var err error
	var any interface{}
	var s Shape
	var p *T
	var sl []int
	var m map[string]int
	var ch chan int
	println("nil interfaces:", err, any, s)
	println("nil pointer, slice, map, chan:", p, sl, m, ch)
	println("values:", 7, -3, uint8(200), true, "text", 'r')
	println("floats:", 1.5, -0.25, 1e21, 0.0)
	print("no", "spaces", 1, 2, "\n")
	fmt.Println("stdout is separate")
}
