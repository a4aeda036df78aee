// stack: full
package main

import "fmt"

type Store struct {
	name string
	data map[string]int
}

func (s Store) Put(k string, v int) {
	s.data[k] = v
}

func fill(s Store, n int) {
	for i := 0; i < n; i++ {
		s.Put(fmt.Sprint("k", i), i)
	}
}

func main() {
	var s Store
	s.name = "empty"
	fmt.Println("filling", s.name)
	fill(s, 3)
}
