// Conditions must be boolean: for, if and a switch with no tag.
package main

func main() {
	n := 3
	for n {
		n--
	}
	if n = 2; n {
	}
	switch {
	case n:
	case "a":
	}
	for i := 0; i; i++ {
	}
}
