// Operators need operand types that define them: !, -, ^, %, <, && on the wrong types.
package main

import "fmt"

func main() {
	x := 1
	s := "s"
	ok := true
	f := 1.5
	fmt.Println(!x)
	fmt.Println(-s)
	fmt.Println(^f)
	fmt.Println(f % 2)
	fmt.Println(ok < ok)
	fmt.Println(x && ok)
	fmt.Println(s - s)
}
