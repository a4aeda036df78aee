// Deferred calls keep their function and arguments alive while the function runs and while a
// panic unwinds; the panic value survives too.
package main

import (
	"errors"
	"fmt"
)

func churn() int {
	n := 0
	for i := 0; i < 3000; i++ {
		parts := make([]string, 0, 4)
		for j := 0; j < 4; j++ {
			parts = append(parts, fmt.Sprint("garbage-", i, "-", j))
		}
		m := map[int][]int{i: make([]int, 100)}
		n += len(parts) + len(m[i])
	}
	return n
}

type logger struct{ prefix string }

func (l *logger) log(s string) { fmt.Println(l.prefix + s) }

type failure struct {
	what  string
	codes []int
}

func (f *failure) Error() string { return fmt.Sprint(f.what, f.codes) }

func work() (err error) {
	defer fmt.Println("deferred args:", fmt.Sprint("built ", "before"), []string{"a", fmt.Sprint("b", 1)})
	l := &logger{prefix: fmt.Sprint("[", "log", "] ")}
	defer l.log(fmt.Sprint("method value ", 2))
	defer func(words []string) {
		churn()
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered %v after %d words: %w", r, len(words), errors.New("wrapped"))
		}
	}([]string{fmt.Sprint("w", 1), fmt.Sprint("w", 2)})
	defer func() {
		fmt.Println("unwinding, churn:", churn())
	}()
	panic(&failure{what: fmt.Sprint("bad ", "thing"), codes: []int{1, 2, 3}})
}

func inner(kind int) {
	if kind == 0 {
		panic(fmt.Sprint("raised ", "in a callee"))
	}
	var s []int
	_ = s[kind] // a runtime error: its value exists only in the panic being propagated
}

func outer(kind int) (msg string) {
	defer func() {
		churn()
		msg = fmt.Sprint("recovered: ", recover())
	}()
	inner(kind)
	return "not reached"
}

func main() {
	err := work()
	fmt.Println(err)
	fmt.Println(errors.Unwrap(err))
	fmt.Println(outer(0))
	fmt.Println(outer(3))
}
