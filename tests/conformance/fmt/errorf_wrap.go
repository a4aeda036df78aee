// fmt.Errorf with %w wraps an error: the message includes it, errors.Unwrap returns it, and
// errors.Is finds it through several layers. %v does not wrap.
package main

import (
	"errors"
	"fmt"
)

var ErrNotFound = errors.New("not found")

func find(k string) error {
	return fmt.Errorf("find %q: %w", k, ErrNotFound)
}

func main() {
	err := find("key")
	fmt.Println(err)
	fmt.Println(errors.Unwrap(err) == ErrNotFound)
	outer := fmt.Errorf("handler: %w", err)
	fmt.Println(outer)
	fmt.Println(errors.Is(outer, ErrNotFound))
	flat := fmt.Errorf("flat: %v", ErrNotFound)
	fmt.Println(flat, errors.Is(flat, ErrNotFound), errors.Unwrap(flat) == nil)
	fmt.Println(errors.Unwrap(ErrNotFound) == nil)
	fmt.Printf("%v | %s | %q\n", err, err, ErrNotFound)
}
