// String with a value receiver is used for values and pointers; with a pointer receiver only
// for pointers (a value prints its fields). Inside slices, maps and struct fields too.
package main

import "fmt"

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

type Counter struct{ n int }

func (c *Counter) String() string { return fmt.Sprintf("count=%d", c.n) }

type Reading struct {
	Where string
	Temp  Celsius
	C     *Counter
}

func main() {
	t := Celsius(21.5)
	fmt.Println(t, &t)
	c := Counter{3}
	fmt.Println(c, &c)
	fmt.Printf("%v %s %d\n", c, &c, c)
	fmt.Println([]Celsius{1, 2.25}, map[string]Celsius{"in": 20, "out": -3})
	fmt.Println([]Counter{{1}}, []*Counter{{2}})
	fmt.Printf("%v\n%+v\n", Reading{"lab", 19, &Counter{7}}, Reading{"lab", 19, nil})
	var np *Counter
	fmt.Println(np)
}
