// Strings are immutable values: concatenation, comparison (byte-wise), and building in a loop.
package main

import "fmt"

func main() {
	a := "go"
	b := a
	a += "roscope"
	fmt.Println(a, b)
	fmt.Println("abc" < "abd", "Z" < "a", "" < "a", "ab" == "a"+"b")
	s := ""
	for i := 0; i < 5; i++ {
		s += string(rune('a' + i))
	}
	fmt.Println(s, len(s))
	multi := `raw\n
line`
	fmt.Println(multi)
	fmt.Println("tab\there", "quote\"", "back\\slash", "\u00e9\U0001F600")
}
