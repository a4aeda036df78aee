package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
)

// Go by Example's sorting by functions, errors (sentinels, wrapping, custom types with errors.As),
// panic and recover, defer skipped by os.Exit.
type argError struct {
	arg  int
	prob string
}

func (e *argError) Error() string { return fmt.Sprintf("%d - %s", e.arg, e.prob) }

var ErrOutOfTea = fmt.Errorf("no more tea available")
var ErrPower = fmt.Errorf("can't boil water")

func makeTea(arg int) error {
	if arg == 2 {
		return ErrOutOfTea
	} else if arg == 4 {
		return fmt.Errorf("making tea: %w", ErrPower)
	}
	return nil
}

func f(arg int) (int, error) {
	if arg == 42 {
		return -1, &argError{arg, "can't work with it"}
	}
	return arg + 3, nil
}

func mayPanic() { panic("a problem") }

func main() {
	fruits := []string{"peach", "banana", "kiwi"}
	sort.Slice(fruits, func(i, j int) bool { return len(fruits[i]) < len(fruits[j]) })
	fmt.Println(fruits)

	for _, i := range []int{7, 42} {
		if r, e := f(i); e != nil {
			fmt.Println("f failed:", e)
		} else {
			fmt.Println("f worked:", r)
		}
	}
	_, err := f(42)
	var ae *argError
	if errors.As(err, &ae) {
		fmt.Println(ae.arg, ae.prob)
	}
	for i := range [5]int{} {
		if err := makeTea(i); err != nil {
			if errors.Is(err, ErrOutOfTea) {
				fmt.Println("We should buy new tea!")
			} else if errors.Is(err, ErrPower) {
				fmt.Println("Now it is dark.")
			} else {
				fmt.Printf("unknown error: %s\n", err)
			}
			continue
		}
		fmt.Println("Tea is ready!")
	}

	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("Recovered. Error:\n", r)
			}
		}()
		mayPanic()
		fmt.Println("After mayPanic()")
	}()

	defer fmt.Println("!") // os.Exit skips deferred calls
	os.Exit(3)
}
