// ++ and -- need a numeric variable; they are statements, not expressions.
package main

import "fmt"

func main() {
	s := "a"
	s++
	ok := true
	ok--
	const k = 1
	k++
	m := map[string]int{}
	m["x"]++
	fmt.Println(s, ok, m)
}
