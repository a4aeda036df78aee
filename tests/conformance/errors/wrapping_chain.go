// Wrapped errors: fmt.Errorf with %w builds a chain that errors.Is and errors.As walk;
// errors.Unwrap takes one step; a custom Is method and sentinel errors compared with ==.
package main

import (
	"errors"
	"fmt"
	"os"
)

var ErrNotFound = errors.New("not found")

type QueryError struct {
	Query string
	Err   error
}

func (e *QueryError) Error() string { return "query " + e.Query + ": " + e.Err.Error() }
func (e *QueryError) Unwrap() error { return e.Err }

type timeoutErr struct{}

func (timeoutErr) Error() string        { return "timeout" }
func (timeoutErr) Is(target error) bool { return target == os.ErrDeadlineExceeded }

func find(q string) error {
	return fmt.Errorf("find(%s): %w", q, &QueryError{q, ErrNotFound})
}

func main() {
	err := find("users")
	fmt.Println(err)
	fmt.Println(errors.Is(err, ErrNotFound), err == ErrNotFound)
	var qe *QueryError
	if errors.As(err, &qe) {
		fmt.Println("query was", qe.Query, "cause:", qe.Err)
	}
	fmt.Println(errors.Unwrap(err) == error(qe), errors.Unwrap(errors.Unwrap(err)) == ErrNotFound, errors.Unwrap(ErrNotFound))
	wrapped := fmt.Errorf("layer 2: %w", fmt.Errorf("layer 1: %w", timeoutErr{}))
	fmt.Println(wrapped, errors.Is(wrapped, os.ErrDeadlineExceeded))
	plain := fmt.Errorf("no wrap: %v", ErrNotFound)
	fmt.Println(plain, errors.Is(plain, ErrNotFound), errors.Unwrap(plain))
	fmt.Printf("%T %T\n", err, plain)
}
