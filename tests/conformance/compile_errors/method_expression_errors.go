// Method expressions that Go refuses: a pointer method on T, a field, a missing method.
package main

type T struct{ n int }

func (t *T) inc() { t.n++ }
func (t T) get() int { return t.n }

type I interface{ get() int }

func main() {
	f := T.inc
	g := T.n
	h := (*T).nope
	_, _, _ = f, g, h
	k := I.get
	_ = k
	var x T
	_ = x.inc
}
