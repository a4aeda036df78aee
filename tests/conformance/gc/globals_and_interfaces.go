// Package variables, interface values boxing structs and numbers, arrays of structs and
// pointers into slices keep what they refer to.
package main

import "fmt"

func churn() int {
	n := 0
	for i := 0; i < 3000; i++ {
		parts := make([]string, 0, 4)
		for j := 0; j < 4; j++ {
			parts = append(parts, fmt.Sprint("garbage-", i, "-", j))
		}
		m := map[int][]int{i: make([]int, 100)}
		n += len(parts) + len(m[i])
	}
	return n
}

type shape interface{ area() int }

type rect struct {
	w, h int
	name string
}

func (r rect) area() int { return r.w * r.h }

var (
	registry = map[string]shape{}
	things   []interface{}
	grid     [3]rect
	cursor   *int
)

func setup() {
	for i := 1; i <= 3; i++ {
		registry[fmt.Sprint("r", i)] = rect{i, i + 1, fmt.Sprint("rect", i)}
		things = append(things, i*100, fmt.Sprint("s", i), rect{w: i, name: fmt.Sprint("t", i)}, []string{fmt.Sprint("x", i)})
		grid[i-1] = rect{i, i, fmt.Sprint("g", i)}
	}
	nums := make([]int, 5)
	nums[3] = 33
	cursor = &nums[3]
}

func main() {
	setup()
	fmt.Println("churn:", churn())
	fmt.Println(registry["r2"].area(), registry["r3"].(rect).name)
	fmt.Println(things...)
	fmt.Println(grid[2].name, *cursor)
}
