// Packages unicode and unicode/utf8: classes of runes, case mapping, decoding and counting.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "Héllo, 世界! 42"
	letters, digits, spaces, punct, upper := 0, 0, 0, 0, 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r):
			digits++
		case unicode.IsSpace(r):
			spaces++
		case unicode.IsPunct(r):
			punct++
		}
		if unicode.IsUpper(r) {
			upper++
		}
	}
	fmt.Println(letters, digits, spaces, punct, upper)
	fmt.Println(len(s), utf8.RuneCountInString(s), utf8.ValidString(s), utf8.ValidString("a\xffb"))
	r, size := utf8.DecodeRuneInString("世界")
	fmt.Println(string(r), size, utf8.RuneLen('é'), utf8.RuneLen('a'))
	r, size = utf8.DecodeLastRuneInString("héllo")
	fmt.Println(string(r), size)
	fmt.Println(string(unicode.ToUpper('ä')), string(unicode.ToLower('Ω')), unicode.IsLower('a'), unicode.IsSymbol('+'))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n)
	for i, r := range "a\xffb" {
		fmt.Print(i, ":", r, " ")
	}
	fmt.Println()
}
