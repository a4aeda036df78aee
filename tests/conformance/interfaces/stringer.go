// fmt uses a String() method when printing a value, including inside slices, maps and struct fields
// with %v and %+v, but not for %d. A pointer-receiver String is used only for pointers.
package main

import "fmt"

type color int

func (c color) String() string {
	switch c {
	case 0:
		return "red"
	case 1:
		return "green"
	}
	return fmt.Sprintf("color(%d)", int(c))
}

type temp struct{ deg float64 }

func (t *temp) String() string { return fmt.Sprintf("%.1f°C", t.deg) }

type pixel struct {
	C   color
	Pos [2]int
}

func main() {
	fmt.Println(color(0), color(1), color(5))
	fmt.Printf("%v %s %d %+v\n", color(1), color(1), color(1), color(1))
	fmt.Println([]color{0, 1}, map[color]int{1: 10, 0: 20})
	fmt.Println(pixel{1, [2]int{3, 4}})
	fmt.Printf("%+v\n", pixel{0, [2]int{}})
	t := temp{21.5}
	fmt.Println(&t, t)
	s := fmt.Sprint(color(0), "-", color(1))
	fmt.Println(s)
}
