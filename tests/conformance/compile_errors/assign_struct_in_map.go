// A struct stored in a map cannot be changed in place; the map entry must be replaced.
package main

import "fmt"

type point struct{ x, y int }

func origin() point { return point{} }

func main() {
	pts := map[string]point{"a": {1, 2}}
	pts["a"].x = 5
	origin().y = 3
	arr := map[int][2]int{}
	arr[0][1] = 4
	fmt.Println(pts, arr)
}
