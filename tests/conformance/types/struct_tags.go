// Struct tags are part of a struct type: %T shows them, conversions between struct types that
// differ only in tags are allowed (values and pointers).
package main

import "fmt"

type Plain struct {
	Name string
	Age  int
}

type Tagged struct {
	Name string `json:"name"`
	Age  int    `json:"age,omitempty"`
}

func main() {
	t := Tagged{"ann", 3}
	p := Plain(t)
	p.Age = 10
	fmt.Printf("%v %+v %T %T\n", p, t, t, p)
	var anon struct {
		X int `k:"v"`
		Y string "plain \"quoted\""
	}
	anon.X = 7
	fmt.Printf("%T %v\n", anon, anon)
	q := struct {
		X int
		Y string
	}(anon)
	fmt.Println(q.X)
	ptr := (*Plain)(&t)
	ptr.Age++
	fmt.Println(t.Age)
	fmt.Printf("%T\n", []struct {
		A []int `a:"1"`
	}{})
}
