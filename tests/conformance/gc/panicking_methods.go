// A String or Error method that panics with a freshly allocated value: fmt prints the value, and a
// Write method's panic propagates out of Fprintf, while the program allocates and collects.
package main

import (
	"errors"
	"fmt"
	"runtime"
	"strings"
)

type loud struct{ n int }

func (l loud) String() string {
	parts := make([]string, 0, l.n)
	for i := 0; i < l.n; i++ {
		parts = append(parts, fmt.Sprint(i))
	}
	panic(fmt.Errorf("loud %d: %s", l.n, strings.Join(parts, ",")))
}

type badErr struct{ code int }

func (e *badErr) Error() string { panic(errors.New("bad code " + fmt.Sprint(e.code))) }

type explodingWriter struct{ written int }

func (w *explodingWriter) Write(p []byte) (int, error) {
	w.written += len(p)
	panic(errors.New("writer broke after " + fmt.Sprint(w.written) + " bytes"))
}

func fprint(w *explodingWriter, v any) (msg string) {
	defer func() {
		if r := recover(); r != nil {
			runtime.GC()
			msg = fmt.Sprint("recovered: ", r)
		}
	}()
	fmt.Fprintf(w, "value %v\n", v)
	return "no panic"
}

// garbage allocates between the prints, where the collector can run (not inside the methods
// fmt calls back).
func garbage() int {
	n := 0
	for i := 0; i < 100; i++ {
		n += len(fmt.Sprint(i, []int{i}))
	}
	return n
}

func main() {
	for i := 1; i <= 3; i++ {
		s := fmt.Sprintf("%v|%s|%d", loud{i * 3}, loud{i}, i)
		garbage()
		runtime.GC()
		fmt.Println(s)
	}
	fmt.Println(fmt.Sprint(&badErr{7}))
	w := &explodingWriter{}
	for i := 0; i < 3; i++ {
		fmt.Println(fprint(w, strings.Repeat("ab", i+1)), garbage())
	}
	fmt.Printf("%v and %v\n", loud{2}, []loud{{1}})
}
