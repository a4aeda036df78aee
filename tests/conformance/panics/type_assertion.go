// exit: 2
// A failed single-value type assertion panics with "interface conversion".
package main

import "fmt"

type shape interface{ Area() float64 }

type sq struct{}

func (sq) Area() float64 { return 1 }

func main() {
	var v interface{} = "text"
	fmt.Println(v.(string))
	var s shape = sq{}
	_ = s.(sq)
	n := v.(int)
	fmt.Println(n)
}
