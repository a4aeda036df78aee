// Ranging over a string yields byte offsets and runes; indexing yields bytes; len counts bytes.
package main

import "fmt"

func main() {
	s := "héllo, 世界!"
	for i, r := range s {
		fmt.Printf("%d:%c ", i, r)
	}
	fmt.Println()
	fmt.Println(len(s), len([]rune(s)))
	fmt.Println(s[0], s[1], s[1:3], string(s[7]))
	fmt.Printf("%T %T\n", s[0], []rune(s)[0])
	bad := "a\xffb"
	for i, r := range bad {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
	emoji := "🎉"
	fmt.Println(len(emoji), []byte(emoji), []rune(emoji))
}
