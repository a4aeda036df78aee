// fmt sorts the keys of a map[interface{}]V by their dynamic type first, in the order Go's linker
// lays out type descriptors (by size, then name), and by value within a type.
package main

import "fmt"

type Celsius float64
type Label string
type Point struct{ X, Y int }
type Pair struct{ A, B, C string }

func (p Point) Norm1() int  { return p.X + p.Y }
func (p Point) Scale() int  { return 2 * p.X }
func (l *Label) Set(s string) { *l = Label(s) }

type ID int

func (i ID) Name() string { return fmt.Sprint("id", int(i)) }

func main() {
	lb := Label("l")
	ch := make(chan int)
	_ = ch
	m := map[interface{}]string{
		"text": "string", 7: "int", int8(-1): "int8", uint16(9): "uint16", false: "bool",
		1.25: "float64", float32(0.5): "float32", Celsius(20): "Celsius", Label("b"): "Label",
		Point{1, 2}: "Point", Pair{"a", "b", "c"}: "Pair", [2]string{"x", "y"}: "array",
		ID(3): "ID", [3]int{}: "array3", struct{}{}: "empty struct", 'q': "rune",
	}
	fmt.Println(len(m))
	fmt.Println(m)
	keys := map[interface{}]int{&lb == nil: 1, Point{0, 0}: 2, Point{0, -1}: 3, "z": 4, "a": 5, 2: 6, -2: 7}
	fmt.Println(keys)
}
