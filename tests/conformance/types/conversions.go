// Conversions between numeric types, string(rune), []byte and []rune conversions, named types.
package main

import "fmt"

type celsius float64
type id int

func main() {
	var c celsius = 36.6
	f := float64(c)*9/5 + 32
	fmt.Println(c, f)

	var n id = 42
	fmt.Println(int(n)+1, n)

	fmt.Println(string(rune(65)), string(rune(0x4e16)))
	b := []byte("héllo")
	fmt.Println(len(b), b)
	r := []rune("héllo")
	fmt.Println(len(r), r)
	fmt.Println(string(b[1:3]), string(r[1:3]))
	var by byte = 'a'
	var ru rune = 'é'
	fmt.Println(by, ru, string(by), string(ru))
}
