// Conversions Go does not allow: string to int, struct to another struct, bool to int, float to string.
package main

type a struct{ x int }
type b struct{ y int }

func main() {
	s := "12"
	n := int(s)
	t := true
	m := int(t)
	f := 1.5
	str := string(f)
	v := b(a{1})
	p := []int("abc")
	_, _, _, _, _ = n, m, str, v, p
}
