// An else if needs a condition.
package main

func main() {
	if x := 1; x == 1 {
	} else if {
	}
}