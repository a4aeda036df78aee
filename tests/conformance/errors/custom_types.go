// Custom error types with value and pointer receivers, typed nil pitfalls, and type switches
// over errors.
package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
}

func (v ValidationError) Error() string { return "invalid " + v.Field }

type HTTPError struct {
	Code int
}

func (h *HTTPError) Error() string { return fmt.Sprintf("http %d", h.Code) }

func validate(name string) error {
	if name == "" {
		return ValidationError{"name"}
	}
	return nil
}

func mayFail(fail bool) error {
	var e *HTTPError
	if fail {
		e = &HTTPError{500}
	}
	return e // typed nil when !fail: the interface is not nil
}

func describe(err error) string {
	switch e := err.(type) {
	case nil:
		return "no error"
	case ValidationError:
		return "validation of " + e.Field
	case *HTTPError:
		if e == nil {
			return "typed nil *HTTPError"
		}
		return fmt.Sprint("http code ", e.Code)
	default:
		return "other: " + e.Error()
	}
}

func main() {
	fmt.Println(describe(validate("")), "|", describe(validate("bob")))
	fmt.Println(describe(mayFail(true)), "|", describe(mayFail(false)), mayFail(false) == nil)
	fmt.Println(describe(errors.New("x")))
	var ve ValidationError
	err := fmt.Errorf("wrap: %w", validate(""))
	fmt.Println(errors.As(err, &ve), ve.Field, ve)
	var he *HTTPError
	fmt.Println(errors.As(err, &he), he)
	fmt.Printf("%v %+v %#v\n", ValidationError{"age"}, &HTTPError{404}, ValidationError{"x"})
}
