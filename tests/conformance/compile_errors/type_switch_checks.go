// A type switch on a non-interface is refused, but its clauses are still checked: duplicate
// cases and an unused bound variable are reported too; so is a bound variable without cases.
package main

import "fmt"

func main() {
	x := 5
	_ = x.(int)
	var i interface{} = x
	switch i.(type) {
	case int:
	case int:
	}
	switch t := x.(type) {
	case string, int:
	}
	switch u := i.(type) {
	}
	fmt.Println(i)
}
