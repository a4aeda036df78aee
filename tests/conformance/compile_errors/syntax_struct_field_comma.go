// Struct fields are separated by newlines or semicolons, not commas.
package main

type T struct {
	a int,
	b int
}

func main() {}