// An allocation-heavy loop (strings built by concatenation, slices grown by append, a map rebuilt
// every round) computes the same result with the collector running underneath.
package main

import (
	"fmt"
	"strconv"
)

type entry struct {
	key  string
	vals []int
}

func main() {
	checksum := 0
	var keep []*entry
	for round := 0; round < 60; round++ {
		s := ""
		for i := 0; i < 300; i++ {
			s += strconv.Itoa(i % 10)
		}
		m := map[string]*entry{}
		for i := 0; i < 300; i++ {
			k := s[i%290:i%290+5] + strconv.Itoa(i)
			e := &entry{key: k}
			for j := 0; j < i%17; j++ {
				e.vals = append(e.vals, j*round)
			}
			m[k] = e
		}
		for k, e := range m {
			checksum = (checksum + len(k)*7 + len(e.vals)*13) % 1000000007
			for _, v := range e.vals {
				checksum = (checksum + v) % 1000000007
			}
		}
		if round%10 == 0 {
			keep = append(keep, m[s[0:5]+"0"])
		}
	}
	fmt.Println(checksum, len(keep), keep[0].key, keep[len(keep)-1].key)
}
