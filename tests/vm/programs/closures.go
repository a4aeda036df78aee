package main

import "fmt"

func counter() func() int {
	n := 0
	return func() int {
		n++
		return n
	}
}

func apply(xs []int, f func(int) int) []int {
	out := make([]int, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func divmod(a, b int) (q, r int) {
	q = a / b
	r = a % b
	return
}

func sum(nums ...int) int {
	t := 0
	for _, n := range nums {
		t += n
	}
	return t
}

func main() {
	c := counter()
	c()
	c()
	fmt.Println(c())
	fmt.Println(apply([]int{1, 2, 3}, func(x int) int { return x * x }))
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	fmt.Println(sum(), sum(1, 2, 3), sum([]int{4, 5}...))
	var fs []func() int
	for i := 0; i < 3; i++ {
		j := i
		fs = append(fs, func() int { return j * 10 })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	x := 1
	p := &x
	*p = 42
	fmt.Println(x)
}
