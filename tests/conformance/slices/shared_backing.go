// Slicing shares the backing array: writes through one slice are seen through the other, until an
// append outgrows the capacity. Full slice expressions limit the capacity.
package main

import "fmt"

func main() {
	base := []int{0, 1, 2, 3, 4, 5}
	a := base[1:4]
	a[0] = 100
	fmt.Println(base, a, len(a), cap(a))

	a = append(a, 200) // fits in capacity: overwrites base[4]
	fmt.Println(base, a)

	b := base[2:3:3]
	b = append(b, 300) // capacity exhausted: copies
	b[0] = -1
	fmt.Println(base, b, cap(base[2:3:3]))

	fmt.Println(base[:2], base[4:], base[:])
	c := base[6:]
	fmt.Println(c, len(c))
}
