// A String method promoted from an embedded struct is used for the outer type too, unless the
// outer type defines its own; an embedded pointer's method works when it is set.
package main

import "fmt"

type Base struct{ ID int }

func (b Base) String() string { return fmt.Sprintf("Base#%d", b.ID) }

type User struct {
	Base
	Name string
}

type Admin struct {
	Base
	Level int
}

func (a Admin) String() string { return fmt.Sprintf("Admin(%d, level %d)", a.ID, a.Level) }

type Logger struct{ prefix string }

func (l *Logger) String() string { return "logger " + l.prefix }

type Service struct {
	*Logger
	Port int
}

func main() {
	u := User{Base{7}, "ann"}
	fmt.Println(u, &u)
	fmt.Printf("%v %+v %s\n", u, u, u)
	a := Admin{Base{1}, 9}
	fmt.Println(a, a.Base)
	s := Service{&Logger{"svc"}, 80}
	fmt.Println(s)
	var st fmt.Stringer = u
	fmt.Println(st.String())
	fmt.Println([]fmt.Stringer{u, a, s})
}
