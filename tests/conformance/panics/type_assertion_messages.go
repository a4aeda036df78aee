// Failed type assertions name the operand's static type, the dynamic type (or nil) and the
// asserted type, or the missing method, as Go's runtime.TypeAssertionError does.
package main

import (
	"errors"
	"fmt"
)

type T struct{}

func (T) String() string { return "T" }

type U struct{}

func (*T) Error() string { return "" }

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	var s fmt.Stringer = T{}
	var e error = errors.New("x")
	var ne error
	var i interface{} = 3
	try(func() { _ = s.(*T) })
	try(func() { _ = e.(interface{ Error() string; X() }) })
	try(func() { _ = ne.(*T) })
	try(func() { _ = i.(string) })
	try(func() { _ = ne.(fmt.Stringer) })
	try(func() { _ = i.(fmt.Stringer) })
	try(func() { _ = i.(error) })
	try(func() { var x interface{} = U{}; _ = x.(interface{ String() string }) })
}
