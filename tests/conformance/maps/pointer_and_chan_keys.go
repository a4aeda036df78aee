// Maps keyed by pointers (identity, not contents) and by channels; struct-valued keys compare
// field by field; values of func type called through the map.
package main

import (
	"fmt"
	"sort"
)

type Session struct{ User string }

func main() {
	a, b := &Session{"ann"}, &Session{"ann"}
	seen := map[*Session]int{a: 1}
	seen[b]++
	seen[a]++
	fmt.Println(len(seen), seen[a], seen[b], *a == *b, a == b)
	c1, c2 := make(chan int), make(chan int)
	names := map[chan int]string{c1: "first", c2: "second"}
	fmt.Println(names[c1], names[c2], len(names))
	delete(names, c1)
	_, ok := names[c1]
	fmt.Println(ok, len(names))
	type pt struct{ x, y int }
	grid := map[pt]string{{0, 0}: "origin", {1, 2}: "p"}
	fmt.Println(grid[pt{1, 2}], grid[pt{2, 1}] == "", grid)
	ops := map[string]func(int, int) int{
		"add": func(a, b int) int { return a + b },
		"mul": func(a, b int) int { return a * b },
	}
	keys := make([]string, 0)
	for k := range ops {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, ops[k](6, 7))
	}
	if f, ok := ops["div"]; !ok {
		fmt.Println("no div", f == nil)
	}
}
