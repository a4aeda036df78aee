// stack: full
package main

import "fmt"

var table []int

func init() {
	table = make([]int, 3)
}

func init() {
	func() {
		table[3] = 1
	}()
}

func main() {
	fmt.Println(table)
}
