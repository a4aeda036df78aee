// Asserting to an interface matches methods by name and signature; parameter names, byte/uint8
// and rune/int32 spellings, and embedded interfaces do not change the signature.
package main

import "fmt"

type Value interface{ String() string }
type BoolValue interface {
	Value
	IsBool() bool
}

type flagVal struct{ on bool }

func (f *flagVal) String() string            { return fmt.Sprint(f.on) }
func (f *flagVal) IsBool() bool              { return true }
func (f *flagVal) Put(b byte, r rune) string { return string(b) + string(r) }

type matcher struct{}

func (matcher) Is(target error) bool { return target == nil }

func main() {
	var v Value = &flagVal{true}
	bv, ok := v.(BoolValue)
	fmt.Println(ok, ok && bv.IsBool(), v)
	var e interface{} = matcher{}
	m, ok := e.(interface{ Is(err error) bool })
	fmt.Println(ok, ok && m.Is(nil))
	p, ok := v.(interface{ Put(x uint8, y int32) string })
	fmt.Println(ok, p.Put('a', 'é'))
	_, ok = e.(interface{ Is(int) bool })
	fmt.Println(ok)
	switch x := v.(type) {
	case interface{ IsBool() bool }:
		fmt.Println("bool-ish", x.IsBool())
	default:
		fmt.Println("other")
	}
}
