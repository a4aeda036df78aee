// Struct and array keys compare by value; a counting map with ++.
package main

import "fmt"

type cell struct{ row, col int }

func main() {
	visits := map[cell]int{}
	path := []cell{{0, 0}, {0, 1}, {0, 0}, {1, 1}, {0, 0}}
	for _, c := range path {
		visits[c]++
	}
	fmt.Println(visits[cell{0, 0}], visits[cell{1, 1}], len(visits))
	fmt.Println(visits)

	words := map[[2]string]bool{{"a", "b"}: true}
	fmt.Println(words[[2]string{"a", "b"}], words[[2]string{"b", "a"}])
}
