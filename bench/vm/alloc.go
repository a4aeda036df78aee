// Allocation-heavy: each round builds a string by concatenation, 2,000 small structs with slices
// grown by append, and a map from them, then drops it all (only a checksum survives). Measures
// the garbage collector: time, and a peak memory that must stay flat.
package main

import (
	"fmt"
	"strconv"
)

type item struct {
	name string
	vals []int
}

func main() {
	checksum := 0
	for round := 0; round < 200; round++ {
		s := ""
		for i := 0; i < 2000; i++ {
			s += strconv.Itoa(i % 10)
		}
		var items []*item
		for i := 0; i < 2000; i++ {
			it := &item{name: s[i%1000 : i%1000+8]}
			for j := 0; j < 8; j++ {
				it.vals = append(it.vals, i*j+round)
			}
			items = append(items, it)
		}
		m := make(map[string]int)
		for _, it := range items {
			m[it.name+strconv.Itoa(len(it.vals))] += it.vals[7]
		}
		for k, v := range m {
			checksum = (checksum + len(k)*v) % 1000000007
		}
	}
	fmt.Println("checksum:", checksum)
}
