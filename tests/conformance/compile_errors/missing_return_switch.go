// A switch terminates only with a default case and no break; an if needs an else.
package main

func sign(x int) string {
	switch {
	case x > 0:
		return "+"
	case x < 0:
		return "-"
	}
}

func parity(x int) string {
	if x%2 == 0 {
		return "even"
	} else if x%2 == 1 {
		return "odd"
	}
}

func kind(x interface{}) string {
	switch x.(type) {
	case int:
		return "int"
	default:
		return "other"
	}
}

func main() {
	println(sign(1), parity(2), kind(3))
}
