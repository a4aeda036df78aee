// Assignments need assignable types: no implicit conversion between named and basic types.
package main

type celsius float64
type id int

func main() {
	x := 1
	x = "a"
	var c celsius = 20
	var f float64 = c
	var i id = x
	var arr [3]int = [4]int{}
	var r rune = 'a'
	var b byte = r
	var any interface{} = x
	var n int = any
	_, _, _, _, _ = f, i, arr, b, n
}
