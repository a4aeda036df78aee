// Structs and arrays are values everywhere: in interfaces, maps, channels, goroutine arguments,
// results, range variables, nested arrays; pointers and slices still alias.
package main

import "fmt"

type P struct{ X, Y int }
type Box struct {
	A   [2]P
	Ptr *P
}

func (p P) Moved() P   { p.X += 100; return p }
func (p *P) Move()     { p.X += 1 }
func ret(b Box) Box    { b.A[0].X = 77; return b }
func change(ps ...P)   { ps[0].X = -1 }

func main() {
	s := P{1, 2}
	var i interface{} = s
	s.X = 9
	fmt.Println(i, s, i.(P).X)
	c := i.(P)
	c.Y = 50
	fmt.Println(i, c)
	m := map[string]P{}
	m["a"] = s
	s.Y = 99
	fmt.Println(m, s)
	done := make(chan bool)
	go func(p P) {
		p.X = 1000
		done <- true
	}(s)
	<-done
	fmt.Println(s)
	b := Box{A: [2]P{{1, 1}, {2, 2}}, Ptr: &P{5, 5}}
	b2 := ret(b)
	fmt.Println(b.A, b2.A, b.Ptr == b2.Ptr)
	arrs := [][2]P{b.A}
	arrs[0][1].Y = 33
	fmt.Println(b.A, arrs)
	list := []P{{1, 1}, {2, 2}}
	for _, v := range list {
		v.X = 500
	}
	for i := range list {
		list[i].Move()
	}
	fmt.Println(list, list[0].Moved(), list[0])
	change(list...)
	fmt.Println(list)
	grid := [2][2]int{{1, 2}, {3, 4}}
	g2 := grid
	g2[0][0] = 9
	row := grid[1]
	row[0] = 8
	fmt.Println(grid, g2, row)
	ch := make(chan [2]int, 1)
	a := [2]int{1, 2}
	ch <- a
	a[0] = 5
	fmt.Println(<-ch, a)
	type Node struct {
		Val  int
		Kids []Node
	}
	root := Node{1, []Node{{2, nil}, {3, nil}}}
	cp := root
	cp.Kids[0].Val = 20
	cp.Val = 10
	fmt.Println(root, cp)
	ptrs := []*P{&list[0], &list[1]}
	list[0].Y = 44
	fmt.Println(*ptrs[0], ptrs[0] == &list[0])
	list = append(list, P{3, 3})
	list[0].Y = 55
	fmt.Println(*ptrs[0], list[0])
	f := func() P { return s }
	r := f()
	r.X = 123
	fmt.Println(s.X, r.X)
	var iface fmt.Stringer
	_ = iface
	structs := map[P]int{{1, 1}: 1}
	k := P{1, 1}
	structs[k]++
	k.X = 2
	fmt.Println(structs)
}
