// append grows capacity as Go does: exactly what is needed when that is more than double, else
// double (1.25x past 256 elements), rounded up to the allocator's size class for the element size.
package main

import "fmt"

type P struct{ X, Y int }
type B3 [3]byte

func main() {
	var a []int
	var b []byte
	var s []string
	var p []P
	var e []struct{}
	var c []B3
	var f []float32
	var pi []*int
	for i := 0; i < 2000; i++ {
		oa, ob, os, op, oe, oc, of, opi := cap(a), cap(b), cap(s), cap(p), cap(e), cap(c), cap(f), cap(pi)
		a = append(a, i)
		b = append(b, byte(i))
		s = append(s, "x")
		p = append(p, P{})
		e = append(e, struct{}{})
		c = append(c, B3{})
		f = append(f, 1)
		pi = append(pi, nil)
		if oa != cap(a) || ob != cap(b) || os != cap(s) || op != cap(p) || oe != cap(e) || oc != cap(c) || of != cap(f) || opi != cap(pi) {
			fmt.Println(i, cap(a), cap(b), cap(s), cap(p), cap(e), cap(c), cap(f), cap(pi))
		}
	}
	x := []int{1, 2}
	x = append(x, 3, 4, 5)
	y := append([]byte("hi"), " there, this is longer"...)
	z := append([]string{}, "a", "b", "c")
	w := append(x[:1], 9)
	fmt.Println(len(x), cap(x), len(y), cap(y), cap(z), cap(w), x)
	v := make([]int, 0, 5)
	v = append(v, 1, 2, 3, 4, 5, 6)
	fmt.Println(cap(v))
	big := make([]int, 300)
	big = append(big, 1)
	fmt.Println(cap(big))
}
