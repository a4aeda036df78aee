// Method expressions: T.m and (*T).m are functions taking the receiver first, for value and
// pointer receivers, promoted methods, and interfaces (I.m); %T shows their types.
package main

import (
	"fmt"
	"strings"
)

type counter struct{ n int }

func (c counter) get() int     { return c.n }
func (c *counter) add(k int)   { c.n += k }
func (c counter) show() string { return fmt.Sprintf("counter(%d)", c.n) }

type named struct {
	counter
	name string
}

type shower interface{ show() string }

func apply(xs []counter, f func(counter) int) []int {
	var out []int
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	c := counter{1}
	get := counter.get
	add := (*counter).add
	getp := (*counter).get
	add(&c, 4)
	fmt.Println(get(c), getp(&c), c.n)
	fmt.Printf("%T\n%T\n%T\n", get, add, getp)

	fmt.Println(apply([]counter{{1}, {2}, {3}}, counter.get))

	n := named{counter{7}, "seven"}
	ng := named.get
	np := (*named).add
	np(&n, 3)
	fmt.Println(ng(n), n.n)

	show := shower.show
	fmt.Println(show(c), show(n))
	fmt.Printf("%T\n", show)

	up := strings.ToUpper
	fmt.Println(up(show(counter{9})))
}
