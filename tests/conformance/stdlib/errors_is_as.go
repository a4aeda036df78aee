// errors.Is and errors.As through wrapping; As with a custom error type; sentinel errors.
package main

import (
	"errors"
	"fmt"
)

var ErrTimeout = errors.New("timeout")

type opError struct {
	Op  string
	Err error
}

func (e *opError) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *opError) Unwrap() error { return e.Err }

func dial() error {
	return fmt.Errorf("dial failed: %w", &opError{"read", ErrTimeout})
}

func main() {
	err := dial()
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrTimeout), errors.Is(err, errors.New("timeout")))
	var oe *opError
	if errors.As(err, &oe) {
		fmt.Println("op:", oe.Op, "inner:", oe.Err)
	}
	fmt.Println(errors.Is(nil, ErrTimeout), errors.Is(ErrTimeout, ErrTimeout))
	var target *opError
	fmt.Println(errors.As(ErrTimeout, &target), target == nil)
	fmt.Println(errors.Unwrap(errors.Unwrap(err)) == ErrTimeout)
}
