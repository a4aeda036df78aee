// nil of every kind under %v, %d, %s, %T and Println: maps, slices, funcs, channels, pointers,
// interfaces and errors.
package main

import "fmt"

type S struct {
	M  map[string]int
	L  []int
	F  func()
	C  chan int
	P  *int
	I  interface{}
	E  error
}

func main() {
	var m map[string]int
	var l []int
	var f func()
	var c chan int
	var p *int
	var i interface{}
	var e error
	fmt.Println(m, l, f == nil, c, p, i, e)
	fmt.Printf("%v %v %v %v %v\n", m, l, c, p, i)
	fmt.Printf("%d %d %d %s %s\n", m, l, p, i, e)
	fmt.Printf("%T %T %T %T %T %T %T\n", m, l, f, c, p, i, e)
	fmt.Printf("%v\n%+v\n", S{}, S{})
	fmt.Printf("%t %x\n", i, l)
	fmt.Println(len(m), len(l), cap(l), len(c))
}
