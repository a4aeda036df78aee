// Assignment operators and increment/decrement on variables, fields, slice and map elements.
package main

import "fmt"

type counter struct{ n int }

func main() {
	x := 10
	x += 5
	x -= 3
	x *= 4
	x /= 6
	x %= 5
	fmt.Println(x)

	b := 0b1100
	b |= 0b0011
	b &= 0b1010
	b ^= 0b1111
	b <<= 3
	b >>= 1
	b &^= 0b0100
	fmt.Println(b)

	c := counter{}
	c.n++
	c.n++
	c.n--
	s := []int{1, 2}
	s[1]++
	m := map[string]int{}
	m["k"]++
	m["k"] += 10
	fmt.Println(c.n, s, m)

	str := "go"
	str += "roscope"
	fmt.Println(str)
}
