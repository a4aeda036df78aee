// When a type has both Error and String, fmt uses Error. A String method on the element type is used
// for slices and map values; %x and %q also go through String.
package main

import "fmt"

type both struct{}

func (both) Error() string  { return "from Error" }
func (both) String() string { return "from String" }

type name string

func (n name) String() string { return "name:" + string(n) }

func main() {
	fmt.Println(both{})
	fmt.Printf("%v %s\n", both{}, both{})
	fmt.Println([]name{"a", "b"}, map[string]name{"k": "v"})
	fmt.Printf("%q %x\n", name("q"), name("x"))
	fmt.Printf("%d\n", []int{1, 2})
}
