// Argument counts: variadic functions, a call spreading several results, methods.
package main

import "fmt"

func sum(base int, xs ...int) int { return base }

func two() (int, int) { return 1, 2 }

func add(a, b, c int) int { return a + b + c }

type acc struct{}

func (acc) put(k string, v int) {}

func main() {
	sum()
	add(two())
	var a acc
	a.put("x")
	fmt.Println(sum(1, 2, 3), add(1, 2, 3, 4))
}
