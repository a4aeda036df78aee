package main

import (
	"fmt"
	"strings"
	"sync"
)

// Multiplying matrices with one goroutine per row of the result, then with a fixed pool fed
// by a channel of row numbers; both must agree with the sequential product.
type Matrix [][]int

func NewMatrix(rows, cols int, f func(i, j int) int) Matrix {
	m := make(Matrix, rows)
	for i := range m {
		m[i] = make([]int, cols)
		for j := range m[i] {
			m[i][j] = f(i, j)
		}
	}
	return m
}

func row(a, b Matrix, i int) []int {
	out := make([]int, len(b[0]))
	for j := range out {
		for k := range b {
			out[j] += a[i][k] * b[k][j]
		}
	}
	return out
}

func sequential(a, b Matrix) Matrix {
	c := make(Matrix, len(a))
	for i := range a {
		c[i] = row(a, b, i)
	}
	return c
}

func perRow(a, b Matrix) Matrix {
	c := make(Matrix, len(a))
	var wg sync.WaitGroup
	for i := range a {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c[i] = row(a, b, i)
		}(i)
	}
	wg.Wait()
	return c
}

func pool(a, b Matrix, workers int) Matrix {
	c := make(Matrix, len(a))
	rows := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range rows {
				c[i] = row(a, b, i)
			}
		}()
	}
	for i := range a {
		rows <- i
	}
	close(rows)
	wg.Wait()
	return c
}

func (m Matrix) String() string {
	var sb strings.Builder
	for _, r := range m {
		for j, v := range r {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%4d", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	a := NewMatrix(4, 3, func(i, j int) int { return i + j })
	b := NewMatrix(3, 5, func(i, j int) int { return i*j - 1 })
	want := sequential(a, b)
	fmt.Print(want)
	fmt.Println("per row equal:", fmt.Sprint(perRow(a, b)) == fmt.Sprint(want))
	fmt.Println("pool equal:", pool(a, b, 2).String() == want.String())
	big := NewMatrix(60, 60, func(i, j int) int { return (i*7 + j*3) % 11 })
	p := pool(big, big, 4)
	sum := 0
	for _, r := range p {
		for _, v := range r {
			sum += v
		}
	}
	fmt.Println("60x60 sum:", sum, "trace:", p[0][0]+p[59][59])
}
