// Byte and rune values print as numbers with Println and as characters with %c; rune arithmetic.
package main

import "fmt"

func main() {
	var b byte = 'A'
	r := 'ü'
	fmt.Println(b, r, b+1, r+1)
	fmt.Printf("%c %c %c %q %q\n", b, r, b+2, r, b)
	fmt.Printf("%U %x %d\n", r, r, r)
	s := "abc"
	bs := []byte(s)
	bs[0] = 'X'
	fmt.Println(s, string(bs))
	upper := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		upper = append(upper, s[i]-'a'+'A')
	}
	fmt.Println(string(upper))
	digits := "4096"
	n := 0
	for _, c := range digits {
		n = n*10 + int(c-'0')
	}
	fmt.Println(n * 2)
}
