// Pointers: &, *, new, *p = v, pointers to struct fields, automatic dereference for field access,
// and == on pointers.
package main

import "fmt"

type node struct {
	val  int
	next *node
}

func bump(p *int) { *p++ }

func main() {
	x := 1
	p := &x
	*p = 5
	bump(p)
	fmt.Println(x, *p, p == &x)

	q := new(int)
	fmt.Println(*q)
	*q = 3
	fmt.Println(*q, p == q)

	n := &node{val: 1}
	n.next = &node{val: 2}
	n.next.val += 10
	fmt.Println(n.val, n.next.val, n.next.next == nil)

	v := node{val: 7}
	pv := &v.val
	*pv = 8
	fmt.Println(v.val)

	var np *node
	fmt.Println(np == nil, np)
}
