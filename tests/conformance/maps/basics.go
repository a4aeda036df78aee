// Maps: make, literal, index with comma-ok, the zero value for missing keys, delete, len, nil map reads.
package main

import "fmt"

func main() {
	m := make(map[string]int)
	m["a"] = 1
	m["b"] = 2
	v, ok := m["a"]
	fmt.Println(v, ok)
	v, ok = m["z"]
	fmt.Println(v, ok, m["z"], len(m))
	delete(m, "a")
	delete(m, "not there")
	fmt.Println(m, len(m))

	var nilMap map[string]bool
	fmt.Println(nilMap["x"], len(nilMap), nilMap == nil, nilMap)
	delete(nilMap, "x") // a no-op

	lit := map[int]string{3: "c", 1: "a", 2: "b"}
	fmt.Println(lit)
	if _, found := lit[2]; found {
		fmt.Println("found 2")
	}
}
