// sort: Ints, Strings, Float64s, Slice, SliceStable, SearchInts, IntsAreSorted, sort.Reverse.
package main

import (
	"fmt"
	"sort"
)

type person struct {
	name string
	age  int
}

func main() {
	ints := []int{5, 2, 8, -1, 2}
	sort.Ints(ints)
	fmt.Println(ints, sort.IntsAreSorted(ints), sort.SearchInts(ints, 5))
	strs := []string{"pear", "Apple", "banana", "apple"}
	sort.Strings(strs)
	fmt.Println(strs)
	fl := []float64{2.5, -1, 0}
	sort.Float64s(fl)
	fmt.Println(fl)

	people := []person{{"al", 30}, {"bo", 25}, {"cy", 30}, {"di", 25}}
	sort.SliceStable(people, func(i, j int) bool { return people[i].age < people[j].age })
	fmt.Println(people)
	sort.Slice(people, func(i, j int) bool { return people[i].name > people[j].name })
	fmt.Println(people)
	sort.Sort(sort.Reverse(sort.IntSlice(ints)))
	fmt.Println(ints)
	idx := sort.Search(100, func(i int) bool { return i*i >= 50 })
	fmt.Println(idx)
}
