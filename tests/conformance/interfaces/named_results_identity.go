// Parameter and result names are not part of a method's type: a String or Error method with a
// named result is still fmt's Stringer/error, an interface is satisfied by methods whose
// parameters are named differently, and func values assert to a func type by their types only.
package main

import (
	"errors"
	"fmt"
	"sort"
)

type temp float64

func (t temp) String() (s string) {
	s = fmt.Sprintf("%.1f°C", float64(t))
	return
}

type failure struct{ code int }

func (f *failure) Error() (msg string) { return fmt.Sprintf("failure %d", f.code) }

type reader interface {
	Read(buf []byte) (count int, err error)
}

type zeros struct{}

func (zeros) Read(p []byte) (n int, err error) {
	for i := range p {
		p[i] = 0
	}
	return len(p), nil
}

type byLen []string

func (b byLen) Len() (n int)               { return len(b) }
func (b byLen) Less(first, second int) bool { return len(b[first]) < len(b[second]) }
func (b byLen) Swap(x, y int)               { b[x], b[y] = b[y], b[x] }

func main() {
	fmt.Println(temp(21.5))
	fmt.Printf("%v %s\n", temp(-3), temp(0))
	var err error = &failure{7}
	fmt.Println(err)
	var target *failure
	fmt.Println(errors.As(fmt.Errorf("wrapped: %w", err), &target), target.code)

	var x interface{} = zeros{}
	r, ok := x.(reader)
	buf := make([]byte, 3)
	n, _ := r.Read(buf)
	fmt.Println(ok, n, buf)

	var f interface{} = func(a, b int) (sum int) { return a + b }
	g, ok := f.(func(int, int) int)
	fmt.Println(ok, g(2, 3))

	words := byLen{"ccc", "a", "bb"}
	sort.Sort(words)
	fmt.Println(words)
}
