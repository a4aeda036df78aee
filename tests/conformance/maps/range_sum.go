// Ranging over a map visits every key once (order is not specified, so results are aggregated or
// sorted); deleting during range is allowed.
package main

import (
	"fmt"
	"sort"
)

func main() {
	m := map[string]int{"a": 1, "b": 2, "c": 3, "d": 4}
	sum := 0
	var keys []string
	for k, v := range m {
		sum += v
		keys = append(keys, k)
	}
	sort.Strings(keys)
	fmt.Println(sum, keys)

	for k := range m {
		if m[k]%2 == 0 {
			delete(m, k)
		}
	}
	fmt.Println(m)
	n := 0
	for range m {
		n++
	}
	fmt.Println(n)
}
