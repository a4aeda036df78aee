// %v and %+v of nested structs: pointer fields (nil and not), embedded structs, Duration and
// error fields (their methods are used), maps of slices, slices of structs.
package main

import (
	"errors"
	"fmt"
	"time"
)

type Point struct{ X, Y int }

type Meta struct {
	Tags    map[string][]string
	Timeout time.Duration
}

type Job struct {
	ID   int
	Name string
	Point
	Next *Job
	Err  error
	Meta Meta
	subs []Point
}

func main() {
	j := Job{ID: 1, Name: "build", Point: Point{2, 3}, Err: errors.New("boom"),
		Meta: Meta{Tags: map[string][]string{"b": {"x", "y"}, "a": nil}, Timeout: 1500 * time.Millisecond},
		subs: []Point{{1, 1}, {2, 2}}}
	fmt.Printf("%v\n", j)
	fmt.Printf("%+v\n", j)
	fmt.Println(&j == nil, j.Next)
	j2 := &Job{ID: 2}
	fmt.Printf("%v\n%+v\n", j2, j2)
	fmt.Println([]Point{{1, 2}, {3, 4}}, []*Point{nil})
	fmt.Printf("%v %+v\n", struct{}{}, struct{ A []int }{})
}
