package main

import (
	"fmt"
	"unicode/utf8"
)

// unicode/utf8: FullRune and FullRuneInString for empty, short, invalid and complete encodings.
func main() {
	for _, s := range []string{"", "a", "\xe4", "\xe4\xb8", "\xe4\xb8\x96", "\xff", "\xc0", "\xc2", "\xe0\x80", "\xe0\xa0", "\xed\xa0", "\xf0\x80", "\xf0\x90\x80", "\xf0\x90\x80\x00", "\xf4\x90", "\xf5", "\xe4\x00"} {
		fmt.Print(utf8.FullRuneInString(s), utf8.FullRune([]byte(s)), " ")
	}
	fmt.Println(utf8.RuneStart('a'), utf8.RuneStart(0x80), utf8.RuneStart(0xe4))
}
