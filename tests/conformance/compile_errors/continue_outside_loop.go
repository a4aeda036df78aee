// continue needs a loop (a switch is not enough); labels must name an enclosing statement.
package main

func main() {
	x := 1
	switch x {
	case 1:
		continue
	}
outer:
	for i := 0; i < 3; i++ {
	}
	for {
		break outer
	}
	if x > 0 {
		break
	}
}
