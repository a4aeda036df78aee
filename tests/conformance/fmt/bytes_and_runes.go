// []byte and []rune with %v %s %q %x, string conversions, and %c %U %q of runes.
package main

import "fmt"

type Bytes []byte

func main() {
	b := []byte("héllo")
	fmt.Println(b, string(b), len(b))
	fmt.Printf("%v|%s|%q|%x|% X|%d\n", b, b, b, b, b, b)
	r := []rune("héllo")
	fmt.Println(r, string(r), len(r))
	fmt.Printf("%v|%q|%c|%U\n", r, r, r, r[1])
	fmt.Printf("%s %v %x\n", Bytes("ab"), Bytes("ab"), [3]byte{1, 2, 255})
	fmt.Printf("%q %q %q %+q\n", 'a', '\n', '\'', '世')
	fmt.Printf("%#U %x %X\n", '世', "世", 'A')
	var nb []byte
	fmt.Printf("%v %s %q %x|\n", nb, nb, nb, nb)
}
