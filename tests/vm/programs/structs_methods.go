package main

import (
	"errors"
	"fmt"
	"strings"
)

type Shape interface {
	Area() float64
	Name() string
}

type Rect struct{ W, H float64 }
type Circle struct{ R float64 }

func (r Rect) Area() float64    { return r.W * r.H }
func (r Rect) Name() string     { return "rect" }
func (c *Circle) Area() float64 { return 3 * c.R * c.R }
func (c *Circle) Name() string  { return "circle" }

type Animal struct{ Name string }

func (a *Animal) Rename(n string) { a.Name = n }
func (a Animal) Hello() string    { return "hi " + a.Name }

type Dog struct {
	Animal
	Breed string
}

type MyErr struct{ Code int }

func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

func find(ok bool) error {
	if ok {
		return nil
	}
	return &MyErr{404}
}

type Celsius float64

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func main() {
	shapes := []Shape{Rect{2, 3}, &Circle{1}}
	for _, s := range shapes {
		fmt.Printf("%s %.1f %T\n", s.Name(), s.Area(), s)
	}
	d := Dog{Animal{"rex"}, "lab"}
	d.Rename("max")
	fmt.Println(d.Hello(), d.Name, d)
	fmt.Printf("%+v\n", d)
	err := find(false)
	fmt.Println(err)
	var me *MyErr
	if errors.As(err, &me) {
		fmt.Println("as:", me.Code)
	}
	wrapped := fmt.Errorf("lookup: %w", err)
	fmt.Println(wrapped, errors.Unwrap(wrapped) == err, errors.Is(wrapped, err))
	fmt.Println(Celsius(21.5), []Celsius{1, 2})
	switch v := shapes[0].(type) {
	case Rect:
		fmt.Println("rect of width", v.W)
	case *Circle:
		fmt.Println("circle")
	}
	if c, ok := shapes[1].(*Circle); ok {
		fmt.Println("radius", c.R)
	}
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString(strings.Repeat("ab", i))
		sb.WriteByte('|')
	}
	fmt.Println(sb.String(), strings.ToUpper("go"), strings.Split("a,b,c", ","), strings.Fields("  x  y "))
	a := Rect{1, 2}
	b := a
	b.W = 10
	fmt.Println(a, b, a == Rect{1, 2})
}
