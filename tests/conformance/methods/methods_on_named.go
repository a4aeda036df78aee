// Methods on named non-struct types: slices, maps, funcs and integers.
package main

import (
	"fmt"
	"strings"
)

type words []string

func (w words) Join() string { return strings.Join(w, "+") }
func (w *words) Add(s string) { *w = append(*w, s) }

type tally map[string]int

func (t tally) Add(k string) { t[k]++ } // a map is shared, no pointer needed

type handler func(string) string

func (h handler) Serve(s string) string { return "<" + h(s) + ">" }

type level int

func (l level) Next() level { return l + 1 }

func main() {
	var w words
	w.Add("a")
	w.Add("b")
	fmt.Println(w.Join(), len(w))
	t := tally{}
	t.Add("x")
	t.Add("x")
	fmt.Println(t)
	h := handler(strings.ToUpper)
	fmt.Println(h.Serve("hi"))
	fmt.Println(level(3).Next())
}
