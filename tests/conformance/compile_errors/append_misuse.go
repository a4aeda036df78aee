// append needs a slice first, elements of the slice's type, and ... only on its last argument.
package main

import "fmt"

func main() {
	var total int
	total = append(total, 1)
	var names []string
	names = append(names, 42)
	names = append(nil, "a")
	var m map[string]int
	m = append(m, 1)
	nums := []int{1}
	nums = append(nums, []int{2, 3})
	fmt.Println(total, names, m, nums)
}
