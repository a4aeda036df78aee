// Common slice idioms: delete by index with append, insert, filter in place, reverse.
package main

import "fmt"

func main() {
	s := []int{1, 2, 3, 4, 5}
	s = append(s[:1], s[2:]...)
	fmt.Println(s)

	s = append(s[:2], append([]int{99}, s[2:]...)...)
	fmt.Println(s)

	out := s[:0]
	for _, v := range s {
		if v%2 == 1 {
			out = append(out, v)
		}
	}
	fmt.Println(out)

	for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
		out[i], out[j] = out[j], out[i]
	}
	fmt.Println(out)
}
