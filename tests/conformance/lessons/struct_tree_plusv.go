package main

import (
	"errors"
	"fmt"
	"time"
)

// Printing nested values the way debugging sessions do: %v, %+v and %T of struct trees with
// slices, maps, embedded structs, Stringers, errors, durations and nil pointers.
type Point struct{ X, Y int }

type Level int

func (l Level) String() string { return [...]string{"debug", "info", "warn"}[l] }

type Meta struct {
	Owner string
	Tags  []string
}

type Node struct {
	Name     string
	Pos      Point
	Children []Node
	Attrs    map[string]int
	Next     *Node
	Timeout  time.Duration
	Level    Level
	Err      error
	Meta
}

func main() {
	leaf := Node{Name: "leaf", Pos: Point{3, 4}, Timeout: 1500 * time.Millisecond, Level: 2}
	root := Node{
		Name:     "root",
		Children: []Node{leaf, {Name: "empty"}},
		Attrs:    map[string]int{"z": 26, "a": 1},
		Err:      errors.New("not ready"),
		Meta:     Meta{Owner: "ops", Tags: []string{"x", "y"}},
	}
	fmt.Printf("%v\n", leaf)
	fmt.Printf("%+v\n", leaf)
	fmt.Printf("%+v\n", root)
	fmt.Println(root.Children[1])
	fmt.Printf("%v %+v\n", Point{1, 2}, &Point{1, 2})
	fmt.Printf("%T %T %T %T\n", root, root.Children, root.Attrs, root.Meta)
	fmt.Printf("%T %T %T\n", &leaf, root.Err, root.Level)
	fmt.Printf("%v|%d|%s\n", root.Level, leaf.Level, leaf.Level)
	type pair struct {
		K string
		V interface{}
	}
	ps := []pair{{"int", 1}, {"str", "s"}, {"nil", nil}, {"pt", Point{}}, {"dur", time.Minute}}
	fmt.Printf("%v\n%+v\n", ps, ps)
	m := map[Point]string{{2, 1}: "b", {1, 9}: "a", {1, 2}: "c"}
	fmt.Println(m)
	fmt.Printf("%+v\n", map[string]Meta{"k": {"me", nil}})
	var np *Node
	fmt.Printf("%v %+v\n", np, []*Node{nil})
	fmt.Printf("[%10v] [%-10v] [%6.2v]\n", Point{1, 2}, Level(1), 3.14159)
	fmt.Printf("%s\n", Point{5, 6})
	fmt.Printf("%d\n", leaf)
	fmt.Printf("%x %X\n", Meta{"hi", []string{"ab"}}, Point{255, 16})
}
