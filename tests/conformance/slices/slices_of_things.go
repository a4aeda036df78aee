// Slices of funcs, channels, pointers and slices; 2-D slices built with make.
package main

import "fmt"

type job struct{ id int }

func main() {
	chans := make([]chan int, 3)
	for i := range chans {
		chans[i] = make(chan int, 1)
		chans[i] <- i * 10
	}
	for _, c := range chans {
		fmt.Print(<-c, " ")
	}
	fmt.Println()

	jobs := []*job{{1}, {2}}
	for _, j := range jobs {
		j.id *= 100
	}
	fmt.Println(jobs[0].id, jobs[1].id, *jobs[0])

	grid := make([][]rune, 2)
	for i := range grid {
		grid[i] = make([]rune, 3)
		for j := range grid[i] {
			grid[i][j] = '.'
		}
	}
	grid[1][2] = '#'
	for _, row := range grid {
		fmt.Println(string(row))
	}
	steps := []func(int) int{func(x int) int { return x + 1 }, func(x int) int { return x * 3 }}
	v := 1
	for _, f := range steps {
		v = f(v)
	}
	fmt.Println(v)
}
