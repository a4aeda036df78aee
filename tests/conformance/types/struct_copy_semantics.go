// Assignment copies structs and arrays (also nested ones); pointers alias; *p = v replaces the
// whole value; slices inside a copied struct still share their backing array.
package main

import "fmt"

type Inner struct{ Vals [3]int }

type Outer struct {
	Name  string
	In    Inner
	Tags  []string
	Ptr   *Inner
}

func mutate(o Outer)   { o.Name = "changed"; o.In.Vals[0] = 99; o.Tags[0] = "shared!" }
func mutateP(o *Outer) { o.Name = "changed"; o.In.Vals[0] = 99 }

func main() {
	o := Outer{Name: "orig", In: Inner{[3]int{1, 2, 3}}, Tags: []string{"t1", "t2"}, Ptr: &Inner{}}
	c := o
	c.Name = "copy"
	c.In.Vals[1] = 20
	c.Ptr.Vals[2] = 7
	fmt.Println(o.Name, o.In.Vals, o.Ptr.Vals, "|", c.Name, c.In.Vals, c.Ptr.Vals)
	mutate(o)
	fmt.Println(o.Name, o.In.Vals, o.Tags)
	mutateP(&o)
	fmt.Println(o.Name, o.In.Vals)
	p := &o.In
	*p = Inner{[3]int{7, 8, 9}}
	fmt.Println(o.In, *p == o.In)
	arr := [2]Inner{}
	brr := arr
	brr[0].Vals[0] = 5
	fmt.Println(arr[0].Vals[0], brr[0].Vals[0])
	list := []Outer{o}
	list[0].Name = "in slice"
	for _, x := range list {
		x.Name = "loop copy"
	}
	fmt.Println(o.Name, list[0].Name)
	m := map[string]Inner{"k": {}}
	v := m["k"]
	v.Vals[0] = 1
	fmt.Println(m["k"].Vals[0], v.Vals[0])
}
