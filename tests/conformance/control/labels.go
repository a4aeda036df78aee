// Labelled break and continue leave or continue an outer loop.
package main

import "fmt"

func main() {
outer:
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j == 2 {
				continue outer
			}
			if i == 2 {
				break outer
			}
			fmt.Print(i, j, " ")
		}
	}
	fmt.Println()

search:
	for _, row := range [][]int{{1, 2}, {3, 4}, {5, 6}} {
		for _, v := range row {
			if v == 4 {
				fmt.Println("found", v)
				break search
			}
		}
	}

loop:
	for i := 0; ; i++ {
		switch {
		case i == 3:
			break loop // break the loop, not the switch
		case i%2 == 0:
			continue loop
		}
		fmt.Println("odd", i)
	}
}
