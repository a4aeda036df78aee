// for range over a slice: index and value, index only, value only, neither; the value is a copy; the
// range expression is evaluated once.
package main

import "fmt"

type item struct{ n int }

func main() {
	s := []string{"a", "b", "c"}
	for i, v := range s {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for i := range s {
		fmt.Print(i, " ")
	}
	fmt.Println()
	for _, v := range s {
		fmt.Print(v, " ")
	}
	fmt.Println()
	count := 0
	for range s {
		count++
	}
	fmt.Println(count)

	items := []item{{1}, {2}}
	for _, it := range items {
		it.n *= 10 // a copy
	}
	for i := range items {
		items[i].n += 1
	}
	fmt.Println(items)

	nums := []int{1, 2, 3}
	for _, v := range nums {
		if v == 1 {
			nums = append(nums, 4) // not seen by this loop
		}
		fmt.Print(v, " ")
	}
	fmt.Println(len(nums))
}
