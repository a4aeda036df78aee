// %w in Errorf wraps one error (errors.Unwrap finds it); a second %w, a non-error or nil, and %w
// outside Errorf print as bad verbs and wrap nothing.
package main

import (
	"errors"
	"fmt"
)

func main() {
	base := errors.New("base")
	e1 := fmt.Errorf("ctx: %w", base)
	fmt.Println(e1, errors.Unwrap(e1) == base, errors.Is(e1, base))
	e2 := fmt.Errorf("a %w b %w", base, errors.New("other"))
	fmt.Println(e2, errors.Unwrap(e2) == nil)
	e3 := fmt.Errorf("num %w", 42)
	fmt.Println(e3, errors.Unwrap(e3))
	e4 := fmt.Errorf("nil %w", nil)
	fmt.Println(e4, errors.Unwrap(e4))
	fmt.Println(fmt.Sprintf("sprintf %w", base))
	e5 := fmt.Errorf("%v then %w", "text", base)
	fmt.Println(e5, errors.Is(e5, base))
	fmt.Printf("%T %T\n", e1, fmt.Errorf("plain"))
}
