// %v, %+v and %#v-free printing of structs, nested structs, pointers to structs at top level and
// nested (nested pointers print as addresses, so none are printed here), and slices of structs.
package main

import "fmt"

type inner struct {
	Label string
	Tags  []string
}

type outer struct {
	ID    int
	In    inner
	Attrs map[string]int
	Err   error
	Any   interface{}
}

func main() {
	o := outer{ID: 7, In: inner{"x", []string{"a", "b"}}, Attrs: map[string]int{"k": 1}}
	fmt.Printf("%v\n", o)
	fmt.Printf("%+v\n", o)
	fmt.Printf("%v\n", &o.In)
	fmt.Printf("%+v\n", &o.In)
	fmt.Println([]inner{{"p", nil}, {"q", []string{}}})
	fmt.Printf("%+v\n", []inner{{"p", nil}})
	o.Any = inner{"nested", nil}
	fmt.Printf("%+v\n", o)
	fmt.Printf("%d\n", struct{ A, B int }{1, 2})
	fmt.Printf("%s\n", struct{ S string; N int }{"s", 3})
}
