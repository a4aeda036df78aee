// Custom error types: the error interface, Println of an error, nil errors, and a typed nil pointer
// stored in an error interface being non-nil.
package main

import "fmt"

type notFound struct{ key string }

func (e *notFound) Error() string { return "not found: " + e.key }

func lookup(k string) error {
	if k == "missing" {
		return &notFound{k}
	}
	return nil
}

func typedNil() error {
	var p *notFound
	return p // non-nil interface holding a nil pointer
}

func main() {
	fmt.Println(lookup("here"))
	err := lookup("missing")
	fmt.Println(err)
	fmt.Printf("%v | %s | %T\n", err, err, err)
	if nf, ok := err.(*notFound); ok {
		fmt.Println("key:", nf.key)
	}
	fmt.Println(lookup("here") == nil, typedNil() == nil)
}
