// Maps of slices (append through the map), of structs (copy out, modify, store back), of
// pointers (modify in place), and deleting while ranging.
package main

import (
	"fmt"
	"sort"
)

type Account struct {
	Owner   string
	Balance int
}

func main() {
	groups := map[string][]int{}
	for i := 1; i <= 7; i++ {
		k := "odd"
		if i%2 == 0 {
			k = "even"
		}
		groups[k] = append(groups[k], i)
	}
	fmt.Println(groups, len(groups["odd"]), groups["none"] == nil)
	accts := map[int]Account{1: {"ann", 10}, 2: {"bob", 5}}
	a := accts[1]
	a.Balance += 100
	accts[1] = a
	fmt.Println(accts)
	ptrs := map[string]*Account{"c": {"cy", 1}}
	ptrs["c"].Balance *= 50
	fmt.Println(*ptrs["c"], len(ptrs))
	m := map[int]bool{1: true, 2: false, 3: true, 4: false}
	for k, v := range m {
		if !v {
			delete(m, k)
		}
	}
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	fmt.Println(keys, m)
	counts := map[rune]int{}
	for _, r := range "hello world" {
		counts[r]++
	}
	fmt.Println(counts)
	if v, ok := counts['z']; !ok {
		fmt.Println("no z", v)
	}
}
