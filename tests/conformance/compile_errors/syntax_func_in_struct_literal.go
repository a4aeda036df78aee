// A struct type's fields are declarations, not assignments: `=` in a field list is refused.
package main

type config struct {
	workers int = 4
}

func main() {}
