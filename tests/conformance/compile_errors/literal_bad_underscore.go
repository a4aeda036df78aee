// Underscores in numbers must separate digits.
package main

func main() {
	x := 1_000_
}
